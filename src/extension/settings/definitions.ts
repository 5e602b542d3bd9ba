// Folio's settings, defined once: each key's default, its validator and what the popup needs to draw
// a control for it (label, options, range). The `Settings` type is derived from these definitions,
// so adding a setting here is the only change the type, the validation and the defaults need.
// Labels are messages (src/ui/i18n), read once when this module loads: the UI locale is fixed for a
// page's life.
import { t } from '../../ui/i18n/catalog';
import { plural } from '../../ui/i18n/plural';

interface BaseDefinition<T> {
  label: string;
  default: T;
  /** The value if it is valid for this key (normalized), otherwise undefined. */
  parse(value: unknown): T | undefined;
}
export interface ChoiceDefinition<T extends string> extends BaseDefinition<T> {
  kind: 'choice';
  options: readonly T[];
  /** Human labels for the options, same order. */
  optionLabels: Readonly<Record<T, string>>;
}
export interface NumberDefinition extends BaseDefinition<number> {
  kind: 'number';
  min: number;
  max: number;
  step: number;
  unit: 'px' | 'ch' | 'em' | '';
}
export interface BooleanDefinition extends BaseDefinition<boolean> {
  kind: 'boolean';
}
export interface HostListDefinition extends BaseDefinition<string[]> {
  kind: 'hosts';
  maxEntries: number;
}
// Sites list: storage.sync allows 8 KB per item; 100 typical hostnames stay well under it.
const MAX_AUTO_OPEN_SITES = 100;
const MAX_HOSTNAME_LENGTH = 253;
// A pasted URL longer than this is not a site someone typed.
const MAX_URL_INPUT = 2048;
// Letters, digits, hyphens; at least one dot (a bare word is not a site); punycode allowed.
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const TRAILING_DOT = /\.$/;

function choice<const T extends string>(
  label: string,
  optionLabels: Readonly<Record<T, string>>,
  fallback: NoInfer<T>,
): ChoiceDefinition<T> {
  const options = Object.keys(optionLabels) as T[];
  return {
    kind: 'choice',
    label,
    options,
    optionLabels,
    default: fallback,
    parse: (value) => ((options as readonly unknown[]).includes(value) ? (value as T) : undefined),
  };
}

function numberSetting(
  label: string,
  range: { min: number; max: number; step: number; unit: NumberDefinition['unit'] },
  fallback: number,
): NumberDefinition {
  const decimals = (String(range.step).split('.')[1] ?? '').length;
  return {
    kind: 'number',
    label,
    ...range,
    default: fallback,
    parse: (value) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
      if (value < range.min || value > range.max) return undefined;
      // Float noise from sliders (1.7000000000000002) would otherwise end up in storage.
      return Number(value.toFixed(decimals));
    },
  };
}

function booleanSetting(label: string, fallback: boolean): BooleanDefinition {
  return {
    kind: 'boolean',
    label,
    default: fallback,
    parse: (value) => (typeof value === 'boolean' ? value : undefined),
  };
}

/**
 * A hostname from what a person typed: "Example.com", "https://www.example.com/news/x" or
 * "example.com." all give "example.com"-style hostnames; anything else gives null. A leading "www."
 * is kept off so one entry covers both forms (matching includes subdomains).
 */
export function normalizeHostname(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (text === '' || text.length > MAX_URL_INPUT) return null;
  if (HAS_SCHEME.test(text) || text.includes('/')) {
    try {
      const url = new URL(HAS_SCHEME.test(text) ? text : `https://${text}`);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
      text = url.hostname;
    } catch {
      return null;
    }
  }
  if (text.endsWith('.')) text = text.slice(0, -1);
  if (text.startsWith('www.')) text = text.slice(4);
  if (text.length > MAX_HOSTNAME_LENGTH) return null;
  if (IPV4.test(text)) return text.split('.').every((part) => Number(part) <= 255) ? text : null;
  return HOSTNAME.test(text) ? text : null;
}
/** Does `hostname` (a page's) belong to one of the sites (the site itself or a subdomain)? */
export function matchesSite(hostname: string, sites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(TRAILING_DOT, '');
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

function hostListSetting(label: string): HostListDefinition {
  return {
    kind: 'hosts',
    label,
    maxEntries: MAX_AUTO_OPEN_SITES,
    default: [],
    parse: (value) => {
      if (!Array.isArray(value)) return undefined;
      const hosts: string[] = [];
      // One bad entry does not throw the list away: keep the good ones.
      for (const entry of value) {
        if (typeof entry !== 'string') continue;
        const host = normalizeHostname(entry);
        if (host !== null && !hosts.includes(host)) hosts.push(host);
        if (hosts.length >= MAX_AUTO_OPEN_SITES) break;
      }
      return hosts;
    },
  };
}

export const SETTING_DEFINITIONS = {
  theme: choice(
    t('settingTheme'),
    { system: t('themeSystem'), light: t('themeLight'), dark: t('themeDark'), sepia: t('themeSepia') },
    'system',
  ),
  font: choice(
    t('settingFont'),
    { serif: t('fontSerif'), sans: t('fontSans'), dyslexic: t('fontDyslexic'), default: t('fontDefault') },
    'serif',
  ),
  fontSize: numberSetting(t('settingFontSize'), { min: 12, max: 32, step: 1, unit: 'px' }, 19),
  lineHeight: numberSetting(t('settingLineHeight'), { min: 1.2, max: 2.2, step: 0.1, unit: '' }, 1.6),
  contentWidth: numberSetting(t('settingContentWidth'), { min: 40, max: 100, step: 2, unit: 'ch' }, 68),
  // Text spacing, in em of the article's font size. Each range reaches past WCAG 1.4.12's values
  // (letters 0.12em, words 0.16em, paragraphs 2em; line height 1.5 is in lineHeight's range), which
  // must leave the layout intact (tests/e2e/*-comfort.test.ts).
  letterSpacing: numberSetting(t('settingLetterSpacing'), { min: 0, max: 0.2, step: 0.01, unit: 'em' }, 0),
  wordSpacing: numberSetting(t('settingWordSpacing'), { min: 0, max: 0.4, step: 0.02, unit: 'em' }, 0),
  paragraphSpacing: numberSetting(
    t('settingParagraphSpacing'),
    { min: 0.5, max: 2.5, step: 0.1, unit: 'em' },
    0.9,
  ),
  // Keys are words, not digits: Object.keys would put integer-like keys before "off".
  lineFocus: choice(
    t('settingLineFocus'),
    {
      off: t('lineFocusOff'),
      one: plural('lineFocusLines', 1),
      three: plural('lineFocusLines', 3),
      five: plural('lineFocusLines', 5),
    },
    'off',
  ),
  // 'left' is the stored value since the first release; the layout sets it as text-align: start.
  align: choice(t('settingAlign'), { left: t('alignStart'), justify: t('alignJustify') }, 'left'),
  images: booleanSetting(t('settingImages'), true),
  captions: booleanSetting(t('settingCaptions'), true),
  autoOpenSites: hostListSetting(t('settingAutoOpenSites')),
} as const;

export type SettingsDefinitions = typeof SETTING_DEFINITIONS;
export type SettingKey = keyof SettingsDefinitions;
export type Settings = { [K in SettingKey]: SettingsDefinitions[K]['default'] };

export const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(
  Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTING_DEFINITIONS[key].default])) as Settings,
);

/** A fresh copy of the defaults (arrays copied, so callers may mutate). */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, autoOpenSites: [...DEFAULT_SETTINGS.autoOpenSites] };
}

/** One key's value validated; the default when it is missing or invalid. */
export function validateSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  const definition = SETTING_DEFINITIONS[key] as unknown as BaseDefinition<Settings[K]>;
  const parsed = definition.parse(value);
  return parsed === undefined ? structuredCloneValue(definition.default) : parsed;
}

function structuredCloneValue<T>(value: T): T {
  return (Array.isArray(value) ? [...value] : value) as T;
}

/** Whatever was stored, repaired key by key: every key present and valid, unknown keys dropped. */
export function validateSettings(raw: unknown): Settings {
  const source =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const settings = defaultSettings() as Record<SettingKey, unknown>;
  for (const key of SETTING_KEYS) settings[key] = validateSetting(key, source[key]);
  return settings as Settings;
}

/** The valid keys of a partial update; invalid values are dropped (not replaced by defaults). */
export function validatePatch(patch: unknown): Partial<Settings> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return {};
  const source = patch as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    if (!(key in source)) continue;
    const parsed = (SETTING_DEFINITIONS[key] as unknown as BaseDefinition<unknown>).parse(source[key]);
    if (parsed !== undefined) out[key] = parsed;
  }
  return out as Partial<Settings>;
}
