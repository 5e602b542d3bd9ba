// The one mapping from settings to what CSS reads, for the popup and the reader alike. Generic by
// kind, so adding a setting needs only its definition and the CSS that reads it:
//  - a number becomes the custom property --folio-<key> with its unit (fontSize → --folio-font-size: 19px);
//  - a choice becomes the attribute data-<key> (theme → data-theme="sepia");
//  - a boolean becomes data-<key>="on" | "off" (images → data-images="off").
// Lists (autoOpenSites) are not presentation and are skipped.
import { SETTING_DEFINITIONS, SETTING_KEYS, type Settings } from '../extension/settings/definitions';

const UPPER = /[A-Z]/g;

function kebab(key: string): string {
  return key.replace(UPPER, (letter) => `-${letter.toLowerCase()}`);
}

export interface SettingsStyle {
  /** data-* attribute name → value. */
  attributes: Record<string, string>;
  /** Custom property name → value. */
  properties: Record<string, string>;
}

export function settingsStyle(settings: Settings): SettingsStyle {
  const attributes: Record<string, string> = {};
  const properties: Record<string, string> = {};
  for (const key of SETTING_KEYS) {
    const definition = SETTING_DEFINITIONS[key];
    const value = settings[key];
    if (definition.kind === 'number') properties[`--folio-${kebab(key)}`] = `${value}${definition.unit}`;
    else if (definition.kind === 'choice') attributes[`data-${kebab(key)}`] = String(value);
    else if (definition.kind === 'boolean') attributes[`data-${kebab(key)}`] = value ? 'on' : 'off';
  }
  return { attributes, properties };
}

/** Writes the settings onto `element` (the popup's <html>, the reader's root): CSS does the rest. */
export function applySettingsStyle(element: HTMLElement, settings: Settings): void {
  const { attributes, properties } = settingsStyle(settings);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const [name, value] of Object.entries(properties)) element.style.setProperty(name, value);
}
