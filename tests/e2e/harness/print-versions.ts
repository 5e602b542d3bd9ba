// Vitest global setup for the browser suite: prints which browser binaries and versions this run
// tests with. CI machines get different Debian versions (Chromium 150 or 156, Firefox ESR 140 or
// 153), so a failure report must say which ones it saw.
import { execFileSync } from 'node:child_process';
import { findChromium } from '../../../src/build/chromium';
import { findFirefox } from './browsers';

function version(binary: string | null): string {
  if (binary === null) return 'not installed';
  try {
    const out = execFileSync(binary, ['--version'], { encoding: 'utf8', timeout: 20_000 });
    return `${out.trim().split('\n').pop()} (${binary})`;
  } catch (error) {
    return `${binary}: --version failed (${String(error).split('\n')[0]})`;
  }
}

export default function setup(): void {
  console.log(`browser tests with:\n  ${version(findChromium())}\n  ${version(findFirefox())}`);
}
