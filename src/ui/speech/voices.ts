// Which voices to offer for an article: those for its language, or for the language's base ("pt" for
// "pt-BR") when none match exactly; grouped local (on this device) then remote.
import type { VoiceInfo } from './engine';
import { baseLanguage } from './segment';

export interface VoiceGroups {
  local: VoiceInfo[];
  remote: VoiceInfo[];
  /** True when no voice speaks the article's language and all voices are offered instead. */
  anyLanguage: boolean;
}

const normalise = (lang: string) => lang.replace('_', '-').toLowerCase();
// One collator for every comparison: speech-dispatcher lists 4,344 English voices with espeak-ng.
const collator = new Intl.Collator();
/**
 * speech-dispatcher offers every espeak-ng variant as a voice (13,362 in all): a menu that long is
 * of no use and slow to draw, so each group keeps this many (the remembered voice always stays).
 */
export const MAX_VOICES_PER_GROUP = 150;

function capped(list: VoiceInfo[], keep: string | undefined): VoiceInfo[] {
  if (list.length <= MAX_VOICES_PER_GROUP) return list;
  const head = list.slice(0, MAX_VOICES_PER_GROUP);
  const kept = list.find((v) => v.id === keep || v.isDefault);
  if (kept && !head.includes(kept)) head[head.length - 1] = kept;
  return head;
}

export function voicesFor(all: readonly VoiceInfo[], lang: string, keep?: string): VoiceGroups {
  const wanted = normalise(lang);
  const base = baseLanguage(wanted);
  let list = all.filter((v) => normalise(v.lang) === wanted);
  if (list.length === 0 && base !== '') list = all.filter((v) => baseLanguage(v.lang) === base);
  const anyLanguage = list.length === 0;
  if (anyLanguage) list = [...all];
  const byName = (a: VoiceInfo, b: VoiceInfo) => collator.compare(a.name, b.name);
  return {
    local: capped(list.filter((v) => v.local).sort(byName), keep),
    remote: capped(list.filter((v) => !v.local).sort(byName), keep),
    anyLanguage,
  };
}

/** The remembered voice for the language when offered, else the browser's default among them, else the first. */
export function chooseVoice(groups: VoiceGroups, remembered: string | undefined): VoiceInfo | null {
  const offered = [...groups.local, ...groups.remote];
  return offered.find((v) => v.id === remembered) ?? offered.find((v) => v.isDefault) ?? offered[0] ?? null;
}
