import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// FOLIO_E2E_CHROME_DIR: run the suite against another build of the extension (e.g. a release zip's).
export const DIST_CHROME = process.env.FOLIO_E2E_CHROME_DIR ?? path.join(REPO_ROOT, 'dist/chrome');
export const DIST_FIREFOX = process.env.FOLIO_E2E_FIREFOX_DIR ?? path.join(REPO_ROOT, 'dist/firefox');
export const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures');
export const TEST_RESULTS = path.join(REPO_ROOT, 'test-results');
