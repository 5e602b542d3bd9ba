import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { TEST_RESULTS } from './paths';

/** Writes a PNG to test-results/<name>.png and returns its path. */
export async function saveScreenshot(name: string, png: Buffer): Promise<string> {
  await mkdir(TEST_RESULTS, { recursive: true });
  const file = path.join(TEST_RESULTS, `${name}.png`);
  await writeFile(file, png);
  return file;
}

/**
 * A PNG of the page in test-results/. `caret: 'initial'`: Playwright's default caret hiding writes
 * style="" onto the page's inputs, which would break the "page restored exactly" comparison.
 */
export async function screenshotPage(page: Page, name: string, fullPage = false): Promise<string> {
  return saveScreenshot(name, await page.screenshot({ fullPage, caret: 'initial' }));
}
