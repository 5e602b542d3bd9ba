// Every generated stress page (huge, deep, wide, tag soup, empty, binary, legacy encodings, RTL) through
// the `folio` command in one call: each gets a clear JSON result and nothing crashes. Speed is not
// checked here (bench:stress does that); the generous timeout only bounds a hang.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateStressPages, type StressPage } from '../stress/generate';
import { buildCli, jsonLines, runNode } from './cli-run';

/** Parsing the 6 MB pages in jsdom alone takes tens of seconds on a loaded 2-core machine. */
const STRESS_TIMEOUT_MS = 400_000;

let dir = '';
let cli = '';
let pages: StressPage[] = [];
let lines: Array<Record<string, unknown>> = [];
let run: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'folio-stress-'));
  [cli, pages] = await Promise.all([buildCli(), generateStressPages(dir)]);
  run = await runNode(cli, ['extract', ...pages.map((page) => page.file)], STRESS_TIMEOUT_MS);
  lines = jsonLines(run.stdout);
}, STRESS_TIMEOUT_MS + 30_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const line = (name: string) => lines.find((entry) => entry.file === path.join(dir, `${name}.html`));

describe('stress pages through folio extract', () => {
  it('answers every page, in order, without crashing', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(lines.map((entry) => entry.file)).toEqual(pages.map((page) => page.file));
    for (const entry of lines) {
      expect(typeof entry.isArticle).toBe('boolean');
      if (!entry.isArticle) expect(String(entry.message).length).toBeGreaterThan(0);
    }
  });

  it('says plainly that empty and binary input hold no article', () => {
    expect(line('empty')).toMatchObject({ isArticle: false, reason: 'empty-document' });
    expect(line('binary')).toMatchObject({ isArticle: false });
  });

  it('reads legacy encodings and RTL text right', () => {
    for (const page of pages.filter((p) => p.name.startsWith('legacy-') || p.name === 'rtl')) {
      const entry = line(page.name);
      expect(entry?.isArticle, page.name).toBe(true);
      expect(String(entry?.text), page.name).toContain(page.expectText);
    }
    expect(line('rtl')?.dir).toBe('rtl');
  });

  it('extracts the big pages or says they are too large: a clear result either way', () => {
    for (const page of pages.filter((p) => p.big)) {
      const entry = line(page.name);
      if (entry?.isArticle) expect(String(entry.text), page.name).toContain(page.expectText);
      else expect(entry?.reason, page.name).toBe('too-large');
    }
  });

  it('gets through tag soup and a stylesheet that makes jsdom throw', () => {
    const entry = line('tag-soup');
    expect(entry?.isArticle).toBe(true);
    expect(String(entry?.text)).toContain('The soup ends here.');
  });
});
