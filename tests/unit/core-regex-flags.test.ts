// The engine's patterns carry the `u` flag only when they need it: for \p{…} classes, \u{…} escapes
// or characters beyond the Basic Multilingual Plane. V8 compiles a pattern the first time it runs
// in a page's process, and a long case-insensitive phrase list costs more to compile with `u` than
// without (the "join our community" list, Node, mean per corpus page: 16.6 ms with iu, 9.5 ms
// with i). The first extraction in a newly opened tab spent about 60 ms compiling patterns in
// Chromium (tests/bench/browser.ts, "first call in a new tab"). Without `u` a pattern still matches
// case-insensitively across scripts; it differs only on astral characters and a few case-folding
// oddities (long s, Kelvin sign), which no pattern here is about. A pattern that names \p{…} and
// lacks `u` would match the letters "p{L}": that is caught too.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, isProbablyArticle } from '../../src/lib/index';
import { FIXTURE_URL } from './core-helpers';

const FIXTURES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures');
const ENGINE_DIR = `${path.sep}src${path.sep}core${path.sep}`;
// Every fixture read once in jsdom: about 11 s on two cores.
const READ_ALL_MS = 120_000;
const NEEDS_UNICODE_RE = /\\[pP]\{|\\u\{|[\u{10000}-\u{10FFFF}]/u;

interface Seen {
  flags: string;
  source: string;
  caller: string;
}

/** Every pattern the engine runs while reading `pages`, with the engine line that ran it first. */
function patternsRun(pages: readonly string[]): Seen[] {
  const seen = new Map<string, Seen>();
  const exec = RegExp.prototype.exec;
  // String methods given a pattern (replace, match, split) reach exec too once it is replaced.
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    const key = `${this.flags}/${this.source}`;
    if (!seen.has(key)) {
      // The first scripted frame past this one and the built-ins (test, replace) is what ran the
      // pattern: an engine file's, or a library's that the engine called (jsdom's selectors).
      const frames = (new Error().stack ?? '').split('\n').slice(2);
      const caller = frames.find((line) => !line.includes('<anonymous>') && !line.includes('node:')) ?? '';
      seen.set(key, {
        flags: this.flags,
        source: this.source,
        caller: caller.includes(ENGINE_DIR) ? caller.trim() : '',
      });
    }
    return exec.call(this, text);
  };
  try {
    for (const name of pages) {
      const html = readFileSync(path.join(FIXTURES, name), 'utf8');
      const doc = new JSDOM(html, { url: FIXTURE_URL }).window.document;
      isProbablyArticle(doc, { url: FIXTURE_URL });
      extractArticle(doc, { url: FIXTURE_URL });
    }
  } finally {
    RegExp.prototype.exec = exec;
  }
  return [...seen.values()].filter((s) => s.caller);
}

describe("the engine's patterns", () => {
  let run: Seen[] = [];
  beforeAll(() => {
    run = patternsRun(readdirSync(FIXTURES).filter((name) => name.endsWith('.html')));
  }, READ_ALL_MS);

  it('are seen running: the fixtures reach the phrase lists', () => {
    // The record is only as good as the fixtures' reach; the engine runs a few hundred patterns.
    expect(run.length).toBeGreaterThan(200);
    expect(run.some((s) => s.source.includes('join (?:our|the)'))).toBe(true);
  });

  it('carry the u flag exactly when their pattern needs it', () => {
    const wrong = run
      .filter((s) => NEEDS_UNICODE_RE.test(s.source) !== (s.flags.includes('u') || s.flags.includes('v')))
      .map((s) => `/${s.source.slice(0, 60)}…/${s.flags} ${s.caller}`);
    expect(wrong).toEqual([]);
  });
});
