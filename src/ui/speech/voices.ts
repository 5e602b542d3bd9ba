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

export function voicesFor(all: readonly VoiceInfo[], lang: string): VoiceGroups {
  const wanted = normalise(lang);
  const base = baseLanguage(wanted);
  let list = all.filter((v) => normalise(v.lang) === wanted);
  if (list.length === 0 && base !== '') list = all.filter((v) => baseLanguage(v.lang) === base);
  const anyLanguage = list.length === 0;
  if (anyLanguage) list = [...all];
  const byName = (a: VoiceInfo, b: VoiceInfo) => a.name.localeCompare(b.name);
  return {
    local: list.filter((v) => v.local).sort(byName),
    remote: list.filter((v) => !v.local).sort(byName),
    anyLanguage,
  };
}

/** The remembered voice for the language when offered, else the browser's default among them, else the first. */
export function chooseVoice(groups: VoiceGroups, remembered: string | undefined): VoiceInfo | null {
  const offered = [...groups.local, ...groups.remote];
  return offered.find((v) => v.id === remembered) ?? offered.find((v) => v.isDefault) ?? offered[0] ?? null;
}
