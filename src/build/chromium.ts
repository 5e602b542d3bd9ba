// Debian's Chromium as Folio's tools launch it (npm start, the e2e harness, the browser benchmarks).
import { existsSync } from 'node:fs';

// The real binary starts a little faster than Debian's /usr/bin wrapper script.
const CHROMIUM_PATHS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** $CHROMIUM_PATH, else the first Debian location that exists, else null. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_PATHS.find((file) => existsSync(file)) ?? null;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  // Without these Chromium keeps trying hosts this machine cannot reach.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

/** Arguments that load one unpacked extension (Playwright's own --disable-extensions is overridden). */
export const extensionArgs = (dir: string): string[] => [
  `--disable-extensions-except=${dir}`,
  `--load-extension=${dir}`,
  ...CHROMIUM_ARGS,
];
