// A UI language for Firefox ESR in tests. Firefox gives an extension the locale the browser itself
// runs in, and it runs only in locales it has resources for: intl.locale.requested alone leaves a
// Debian firefox-esr (en-US only) in English. A minimal language pack, installed as a temporary
// add-on before Folio, makes the locale available; it carries no translations of its own (Firefox's
// menus stay English), which is all an extension's i18n needs.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Writes the language pack for `locale` ("ar") into a temporary folder and returns the folder. */
export async function writeTestLangpack(locale: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `folio-langpack-${locale}-`));
  await mkdir(path.join(dir, 'browser'));
  await writeFile(path.join(dir, 'browser', '.keep'), '');
  const manifest = {
    manifest_version: 2,
    name: `Language: ${locale} (Folio tests)`,
    version: '1.0',
    langpack_id: locale,
    languages: { [locale]: { chrome_resources: {}, version: '1' } },
    sources: { browser: { base_path: 'browser/' } },
    browser_specific_settings: {
      gecko: { id: `langpack-${locale}-test@folio.example`, strict_min_version: '140.0' },
    },
  };
  await writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

/** The launch options for a Firefox whose UI locale is `locale`. */
export async function firefoxInLocale(locale: string) {
  return {
    prefs: { 'intl.locale.requested': locale },
    installFirst: [await writeTestLangpack(locale)],
  };
}
