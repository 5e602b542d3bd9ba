// Finding the Debian browsers, and what to do when one is missing: in CI the suite must fail (a
// skipped browser test would hide a broken setup); on a developer's machine it skips, loudly.
import { existsSync } from 'node:fs';
import { describe } from 'vitest';
import { findChromium } from '../../../src/build/chromium';
import { DIST_CHROME } from './paths';

const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];

/** $FIREFOX_PATH (another ESR to test against, beside the installed one), else Debian's. */
export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return FIREFOX_PATHS.find((file) => existsSync(file)) ?? null;
}

/**
 * `describe` when everything the suite needs is there. Otherwise a suite that fails at once with
 * the reason, in CI and locally alike: a skipped browser test would hide a broken setup.
 */
export function describeWith(needs: { browser: 'chromium' | 'firefox'; build?: string }): typeof describe {
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
  return ((name: string) =>
    describe(name, () => {
      throw new Error(reason);
    })) as unknown as typeof describe;
}
