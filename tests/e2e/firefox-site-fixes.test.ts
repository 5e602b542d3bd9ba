// Site fixes in Firefox ESR (issue 12): saved fixes are applied when the page is read; the reader
// opened from the popup shows the kept newsletter box and not the removed paragraph.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWith } from './harness/browsers';
import { type FirefoxWithAddon, launchFirefoxWithAddon, poll } from './harness/firefox-pages';
import { DIST_FIREFOX } from './harness/paths';
import { saveScreenshot } from './harness/screenshots';

const HOST = '[data-folio-reader]';
const READER_TEXT = `document.querySelector(${JSON.stringify(HOST)})?.shadowRoot?.querySelector('.folio-body')?.textContent ?? ''`;
const POPUP_TEXT = `document.querySelector('.folio-body')?.textContent ?? ''`;
const FIXES_LINE = `document.querySelector('.folio-repair-fixes')?.textContent ?? ''`;
const button = (name: string) =>
  `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)})`;

describeWith({ browser: 'firefox', build: DIST_FIREFOX })('site fixes in Firefox', () => {
  let ff: FirefoxWithAddon;
  beforeAll(async () => {
    ff = await launchFirefoxWithAddon();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('applies the saved fixes of the site when the page is read', async () => {
    const url = ff.server.url('repair-newsletter-box.html');
    const site = new URL(url).hostname;
    const page = await ff.openTab(url);
    const lookup = await ff.openExtensionTab('popup.html');
    // Fixes as the settings' import would store them: one kept box, one removed paragraph.
    const rules = [
      { site, keep: ['div.newsletter-box'], created: 1 },
      { site, drop: ['p.aside-note'], created: 2 },
    ];
    await ff.evaluate(
      lookup,
      `browser.storage.sync.set({ ${JSON.stringify(`folio.fixes.${site}`)}: { schemaVersion: 2, rules: ${JSON.stringify(rules)} } }).then(() => true)`,
    );
    const tabId = await ff.tabIdOf(lookup, url);
    await ff.firefox.send('browsingContext.close', { context: lookup });
    const popup = await ff.openExtensionTab(`popup.html?tab=${tabId}`);
    const fixes = await poll(
      () => ff.evaluate<string>(popup, FIXES_LINE),
      (text) => text.includes('2 fixes for this site'),
    );
    expect(fixes).toContain('2 fixes for this site');
    const shown = await ff.evaluate<string>(popup, POPUP_TEXT);
    expect(shown).toContain('Sign up for our free newsletter');
    expect(shown).not.toContain('Our reporter travelled');

    await ff.evaluate(popup, `${button('Reader view')}.click(), true`);
    const reader = await poll(
      () => ff.evaluate<string>(page, READER_TEXT),
      (text) => text.includes('Sign up for our free newsletter'),
    );
    expect(reader).toContain('Sign up for our free newsletter');
    expect(reader).not.toContain('Our reporter travelled');
    const shot = (await ff.firefox.send('browsingContext.captureScreenshot', { context: page })) as {
      data: string;
    };
    await saveScreenshot('firefox-site-fixes', Buffer.from(shot.data, 'base64'));
  });
});
