import {
  SETTING_DEFINITIONS,
  SETTING_KEYS,
  type SettingKey,
  type Settings,
} from '../../src/extension/settings/definitions';
import { STRINGS } from '../../src/ui/strings';
import { AutoOpenSites } from './auto-open-sites';
import { SettingField } from './setting-field';

/** Every setting from the definitions, each drawn by its kind; changes are saved at once. */
export function SettingsPanel({
  settings,
  currentUrl,
  onChange,
}: {
  settings: Settings;
  currentUrl: string;
  onChange: (patch: Partial<Settings>) => void;
}) {
  return (
    <section class="settings" aria-label={STRINGS.settings}>
      {SETTING_KEYS.map((key: SettingKey) => {
        const definition = SETTING_DEFINITIONS[key];
        // Voices are picked in the reader, where they can be heard.
        if (definition.kind === 'voices') return null;
        if (definition.kind === 'hosts') {
          return (
            <AutoOpenSites
              key={key}
              label={definition.label}
              sites={settings.autoOpenSites}
              currentUrl={currentUrl}
              onChange={(sites) => onChange({ autoOpenSites: sites })}
            />
          );
        }
        return (
          <SettingField
            key={key}
            name={key}
            definition={definition}
            value={settings[key] as string | number | boolean}
            onChange={(value) => onChange({ [key]: value } as Partial<Settings>)}
          />
        );
      })}
    </section>
  );
}
