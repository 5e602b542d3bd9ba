// The `folio` command end to end, as a subprocess: JSON Lines over several inputs, exit codes, formats,
// encodings (file <meta>, BOM, HTTP header) and URL fetching limits.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_ATTR, ALLOWED_TAGS } from '../../src/ui/sanitize-article-html';
import { buildCli, jsonLines, REPO, runNode } from './cli-run';
import { findHostileMarkup } from './hostile-markup';

const F = (name: string) => path.join('tests/fixtures', name);
const RUSSIAN = F('hostile-encoding-windows-1251.html');
const GERMAN_BOM = F('hostile-encoding-utf8-bom.html');
const LOGIN = F('hostile-not-article-login.html');
const HOSTILE = F('hostile-article.html');
const ARTICLE_FIELDS = [
  'title',
  'byline',
  'authors',
  'siteName',
  'publishedTime',
  'url',
  'lang',
  'dir',
  'excerpt',
  'html',
  'text',
  'figures',
  'removed',
  'wordCount',
  'readingTimeMinutes',
];

let cli = '';
let server: Server;
let base = '';

beforeAll(async () => {
  cli = await buildCli();
  const russianBody = readFileSync(path.join(REPO, RUSSIAN))
    .toString('latin1')
    .replace(/<meta http-equiv[^>]*>/, '');
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/russian-header-only') {
      // No <meta> in the body: only the HTTP header says windows-1251.
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
      res.end(Buffer.from(russianBody, 'latin1'));
    } else if (url.startsWith('/loop/')) {
      const n = Number(url.slice('/loop/'.length));
      res.writeHead(302, { location: `/loop/${n + 1}` });
      res.end();
    } else if (url === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('folio --help', () => {
  it('explains usage, formats, examples and exit codes', async () => {
    const run = await runNode(cli, ['--help']);
    expect(run.code).toBe(0);
    for (const part of [
      'Usage:',
      'folio extract',
      '--format',
      'markdown',
      'JSON Lines',
      'Exit codes:',
      'Examples:',
    ]) {
      expect(run.stdout).toContain(part);
    }
  });

  it('works through the package bin shim', async () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
      bin: { folio: string };
    };
    const run = await runNode(path.join(REPO, pkg.bin.folio), ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('folio extract');
  });

  it('exits 2 with a one-line reason on bad usage', async () => {
    const run = await runNode(cli, ['extract', '--format', 'pdf', RUSSIAN]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toContain('--format');
    expect(run.stdout).toBe('');
  });
});

describe('folio extract --format json', () => {
  it('prints one JSON line per input, in order, with every article field', async () => {
    const run = await runNode(cli, ['extract', RUSSIAN, GERMAN_BOM, LOGIN]);
    expect(run.code).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => line.file)).toEqual([RUSSIAN, GERMAN_BOM, LOGIN]);
    const [russian, german, login] = lines;
    expect(russian?.isArticle).toBe(true);
    for (const field of ARTICLE_FIELDS) expect(russian).toHaveProperty(field);
    expect(russian?.title).toBe('Новый мост через реку Лугу');
    expect(russian?.text).toContain('Строительство нового моста');
    expect(german?.isArticle).toBe(true);
    expect(german?.title).toBe('Die Fähre über den Fluss fährt weiter');
    expect(login?.isArticle).toBe(false);
    expect(typeof login?.reason).toBe('string');
    expect(String(login?.message).length).toBeGreaterThan(0);
  });

  it('reports a missing file on one stderr line, exits non-zero and still processes the rest', async () => {
    const run = await runNode(cli, ['extract', RUSSIAN, 'tests/fixtures/no-such-page.html', GERMAN_BOM]);
    expect(run.code).toBe(1);
    const errors = run.stderr.trim().split('\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('no-such-page.html');
    expect(jsonLines(run.stdout).map((line) => line.file)).toEqual([RUSSIAN, GERMAN_BOM]);
  });

  it('resolves links against --url', async () => {
    const run = await runNode(cli, ['extract', '--url', 'https://coastline.example/people/keeper', HOSTILE]);
    const [line] = jsonLines(run.stdout);
    expect(line?.url).toMatch(/^https:\/\/coastline\.example\//);
  });

  it('decodes a page whose charset only the HTTP header gives', async () => {
    const run = await runNode(cli, ['extract', `${base}/russian-header-only`]);
    expect(run.code).toBe(0);
    const [line] = jsonLines(run.stdout);
    expect(line?.title).toBe('Новый мост через реку Лугу');
  });

  it('refuses endless redirects, redirects to other schemes, HTTP errors and non-http URLs', async () => {
    const run = await runNode(cli, [
      'extract',
      `${base}/loop/0`,
      `${base}/to-file`,
      `${base}/missing`,
      'ftp://example.com/page.html',
      RUSSIAN,
    ]);
    expect(run.code).toBe(1);
    const errors = run.stderr.trim().split('\n');
    expect(errors).toHaveLength(4);
    expect(errors[0]).toContain('redirects');
    expect(errors[1]).toContain('http(s)');
    expect(errors[2]).toContain('404');
    expect(errors[3]).toContain('http(s)');
    expect(jsonLines(run.stdout)).toHaveLength(1);
  });
});

describe('folio extract --jobs', () => {
  it('gives the output of one thread, in input order, failures included', async () => {
    const inputs = [RUSSIAN, 'tests/fixtures/no-such-page.html', GERMAN_BOM, LOGIN, HOSTILE, RUSSIAN];
    const single = await runNode(cli, ['extract', '--jobs', '1', ...inputs]);
    const pooled = await runNode(cli, ['extract', '--jobs', '3', ...inputs]);
    expect(single.code).toBe(1);
    expect(pooled.code).toBe(1);
    expect(jsonLines(pooled.stdout).map((line) => line.file)).toEqual(
      inputs.filter((f) => !f.includes('no-such')),
    );
    expect(pooled.stdout).toBe(single.stdout);
    expect(pooled.stderr).toBe(single.stderr);
  });

  it('renders markdown from the pool too', async () => {
    const pooled = await runNode(cli, [
      'extract',
      '--jobs',
      '2',
      '--format',
      'markdown',
      RUSSIAN,
      GERMAN_BOM,
    ]);
    expect(pooled.code).toBe(0);
    expect(pooled.stdout.indexOf('# Новый мост')).toBeLessThan(pooled.stdout.indexOf('# Die Fähre'));
  });
});

describe('folio extract --format markdown|html|text', () => {
  it('markdown: a title, then the body', async () => {
    const run = await runNode(cli, ['extract', '--format', 'markdown', RUSSIAN]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('# Новый мост через реку Лугу')).toBe(true);
    expect(run.stdout).toContain('Строительство нового моста');
    expect(run.stdout).not.toContain('<p>');
  });

  it('text: title and paragraphs separated by blank lines, no markup', async () => {
    const run = await runNode(cli, ['extract', '--format', 'text', GERMAN_BOM]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('Die Fähre über den Fluss fährt weiter')).toBe(true);
    expect(run.stdout).toMatch(/Nordufer ab[^\n]*\n\nDer Fährmann/);
    expect(run.stdout).not.toMatch(/<[a-z]/);
  });

  it('html: a standalone document with a blocking CSP and nothing hostile in it', async () => {
    const run = await runNode(cli, [
      'extract',
      '--format',
      'html',
      '--url',
      'https://coastline.example/a',
      HOSTILE,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(run.stdout).toContain("default-src 'none'");
    const { window } = new JSDOM(run.stdout);
    const article = window.document.querySelector('article');
    expect(article).not.toBeNull();
    const offences = findHostileMarkup(article!, {
      forbiddenTags: null,
      allowedTags: [...ALLOWED_TAGS],
      allowedAttrs: [...ALLOWED_ATTR, 'target', 'rel'],
      bannedValueParts: ['__bump', 'javascript:', 'vbscript:', 'data:text'],
    });
    expect(offences).toEqual([]);
    expect(window.document.querySelectorAll('script, iframe, form, object, embed')).toHaveLength(0);
  });

  it('says on stderr, not stdout, when a page has no article', async () => {
    const run = await runNode(cli, ['extract', '--format', 'text', LOGIN]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('no article');
  });
});
