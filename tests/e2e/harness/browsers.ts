// Finding the Debian browsers, and what to do when one is missing: in CI the suite must fail (a
// skipped browser test would hide a broken setup); on a developer's machine it skips, loudly.
import { existsSync } from 'node:fs';
import { describe } from 'vitest';
import { findChromium } from '../../../src/build/chromium';
import { DIST_CHROME } from './paths';

const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];

export function findFirefox(): string | null {
  return FIREFOX_PATHS.find((file) => existsSync(file)) ?? null;
}

export const IN_CI = Boolean(process.env.CI);

/**
 * `describe` when everything the suite needs is there. Otherwise: in CI a suite that fails at once
 * with the reason; locally a skipped suite and a loud message.
 */
export function describeWith(needs: {
  browser: 'chromium' | 'firefox';
  build?: string;
}): typeof describe | typeof describe.skip {
  const binary = needs.browser === 'chromium' ? findChromium() : findFirefox();
  const build = needs.build ?? DIST_CHROME;
  const missing: string[] = [];
  if (binary === null)
    missing.push(
      `${needs.browser} (apt-get install ${needs.browser === 'chromium' ? 'chromium' : 'firefox-esr'})`,
    );
  if (!existsSync(build)) missing.push(`${build} (npm run build)`);
  if (missing.length === 0) return describe;
  const reason = `browser tests need: ${missing.join(', ')}`;
  if (IN_CI) {
    return ((name: string) =>
      describe(name, () => {
        throw new Error(`CI is set and ${reason}`);
      })) as unknown as typeof describe;
  }
  console.warn(
    `\n${'!'.repeat(78)}\n!! SKIPPING "${needs.browser}" e2e tests: ${reason}\n${'!'.repeat(78)}\n`,
  );
  return describe.skip;
}
