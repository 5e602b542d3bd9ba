// Defuddle's outputs, cached by page hash outside the repo: Defuddle takes 1–4 s a page under jsdom,
// so it runs once per page and Defuddle version (`--defuddle` fills what is missing), then is read back.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

export interface DefuddleOut {
  title: string;
  author: string;
  published: string;
  /** Defuddle's article HTML. */
  content: string;
  ms: number;
  /** Set when Defuddle threw or timed out: the page then counts as "no output". */
  error?: string;
}

function defuddleVersion(): string {
  try {
    // The package's exports hide its package.json: read it beside the resolved entry (dist/index.js).
    const entry = createRequire(import.meta.url).resolve('defuddle');
    const pkg = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export const CACHE_DIR =
  process.env.FOLIO_BENCH_CACHE ??
  path.join(os.homedir(), '.cache', 'folio-bench', 'defuddle', defuddleVersion());

export function pageKey(url: string, html: string): string {
  return createHash('sha256').update(url).update('\0').update(html).digest('hex').slice(0, 32);
}

const fileOf = (key: string) => path.join(CACHE_DIR, key.slice(0, 2), `${key}.json`);

export function readCached(key: string): DefuddleOut | null {
  const file = fileOf(key);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DefuddleOut;
  } catch {
    return null;
  }
}

export function writeCached(key: string, out: DefuddleOut): void {
  const file = fileOf(key);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(out));
}

/** The error recorded for a page past the time limit (or whose worker died). */
export const TIMEOUT_ERROR = 'timeout or crash';
