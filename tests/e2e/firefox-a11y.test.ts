// axe-core on the open reader in Firefox ESR (WebDriver BiDi): the same judgement as in Chromium
// (harness/axe.ts), in the default and the high-contrast theme.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AxeViolation, axeExpression, unacceptable } from './harness/axe';
import { describeWith } from './harness/browsers';
import { type FirefoxWithAddon, launchFirefoxWithAddon, poll } from './harness/firefox-pages';
import { DIST_FIREFOX } from './harness/paths';
import { saveScreenshot } from './harness/screenshots';

const HOST = '[data-folio-reader]';
const READER_OPEN = `document.querySelector(${JSON.stringify(HOST)})?.shadowRoot?.querySelector('h1') != null`;
const READER_THEME = `document.querySelector(${JSON.stringify(HOST)})?.shadowRoot?.querySelector('.folio-root')?.getAttribute('data-theme') ?? ''`;
const button = (name: string) =>
  `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)})`;

/** Picks a theme in the popup's settings as a person's choice would (input and change events). */
const chooseTheme = (theme: string) => `(() => {
  const field = document.querySelector('#setting-theme');
  field.value = ${JSON.stringify(theme)};
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return field.value;
})()`;

describeWith({ browser: 'firefox', build: DIST_FIREFOX })('accessibility in Firefox (axe-core)', () => {
  let ff: FirefoxWithAddon;

  beforeAll(async () => {
    ff = await launchFirefoxWithAddon();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('the reader, in the default and the high-contrast theme: no serious or critical violation', async () => {
    const url = ff.server.url('e2e-article.html');
    const page = await ff.openTab(url);
    const lookup = await ff.openExtensionTab('popup.html');
    const tabId = await ff.tabIdOf(lookup, url);
    await ff.firefox.send('browsingContext.close', { context: lookup });
    const popup = await ff.openExtensionTab(`popup.html?tab=${tabId}`);
    await poll(
      () => ff.evaluate<boolean>(popup, `${button('Reader view')}?.disabled === false`),
      (ready) => ready,
    );
    await ff.evaluate(popup, `${button('Reader view')}.click()`);
    expect(
      await poll(
        () => ff.evaluate<boolean>(page, READER_OPEN),
        (open) => open,
      ),
    ).toBe(true);

    await ff.evaluate(popup, `${button('Settings')}.click()`);
    await poll(
      () => ff.evaluate<boolean>(popup, `document.querySelector('#setting-theme') != null`),
      (ok) => ok,
    );
    for (const theme of ['system', 'contrast']) {
      await ff.evaluate(popup, chooseTheme(theme));
      expect(
        await poll(
          () => ff.evaluate<string>(page, READER_THEME),
          (value) => value === theme,
        ),
      ).toBe(theme);
      await ff.firefox.send('browsingContext.activate', { context: page });
      const json = await ff.evaluate<string>(page, axeExpression(HOST));
      expect(unacceptable(JSON.parse(json) as AxeViolation[]), `theme ${theme}`).toEqual([]);
      const shot = (await ff.firefox.send('browsingContext.captureScreenshot', { context: page })) as {
        data: string;
      };
      await saveScreenshot(`firefox-a11y-reader-${theme}`, Buffer.from(shot.data, 'base64'));
    }
    await ff.evaluate(popup, chooseTheme('system'));
    await ff.firefox.send('browsingContext.close', { context: popup });
    await ff.firefox.send('browsingContext.close', { context: page });
  });
});
