// Character encoding detection for `folio extract`: BOM, HTTP header, <meta>, then a guess.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { decodeHtml, detectEncoding, looksBinary } from '../../src/cli/detect-encoding';
import { capNesting, MAX_PARSER_DEPTH, parseHtml } from '../../src/cli/parse-html';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const ascii = (text: string) => new TextEncoder().encode(text);

describe('detectEncoding', () => {
  it('reads windows-1251 declared by <meta http-equiv="Content-Type">', () => {
    const decoded = decodeHtml(fixture('hostile-encoding-windows-1251.html'));
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.source).toBe('meta');
    expect(decoded.text).toContain('Новый мост через реку Лугу');
  });

  it('lets a byte order mark win over a contradicting <meta charset>, and strips it', () => {
    const decoded = decodeHtml(fixture('hostile-encoding-utf8-bom.html'));
    expect(decoded).toMatchObject({ encoding: 'utf-8', source: 'bom' });
    expect(decoded.text.startsWith('<!doctype')).toBe(true);
    expect(decoded.text).toContain('Die Fähre über den Fluss');
  });

  it('lets the HTTP Content-Type charset win over <meta>', () => {
    const bytes = ascii('<meta charset="utf-8"><p>x</p>');
    expect(detectEncoding(bytes, 'text/html; charset="Shift_JIS"')).toMatchObject({
      encoding: 'shift_jis',
      source: 'http-header',
    });
  });

  it('reads <meta charset> in its short form and ignores commented-out declarations', () => {
    expect(detectEncoding(ascii('<!-- <meta charset="koi8-r"> --><meta charset=gb2312>')).encoding).toBe(
      'gbk',
    );
    expect(detectEncoding(ascii('<meta name="description" content="charset=koi8-r">')).source).toBe(
      'utf-8-valid',
    );
  });

  it('reads a UTF-16 declaration in ASCII bytes as UTF-8, as browsers do', () => {
    expect(detectEncoding(ascii('<meta charset="utf-16">')).encoding).toBe('utf-8');
  });

  it('guesses windows-1252 for undeclared bytes that are not UTF-8, UTF-8 when they are', () => {
    const latin1 = Buffer.from('<p>les pêcheurs déchargent</p>', 'latin1');
    const decoded = decodeHtml(latin1);
    expect(decoded).toMatchObject({ encoding: 'windows-1252', source: 'default' });
    expect(decoded.text).toContain('pêcheurs');
    expect(detectEncoding(Buffer.from('<p>pêcheurs</p>', 'utf8')).source).toBe('utf-8-valid');
  });

  it('reads a page saved as UTF-8 under its old legacy declaration as UTF-8', () => {
    const saved = Buffer.from('<meta charset="iso-8859-15"><h1>Sanción al piloto</h1>', 'utf8');
    expect(decodeHtml(saved)).toMatchObject({ encoding: 'utf-8', source: 'utf-8-over-declared' });
    expect(decodeHtml(saved).text).toContain('Sanción al piloto');
    const gbkDeclared = Buffer.from('<meta charset="gbk"><p>新电脑已可利用记忆自学</p>', 'utf8');
    expect(decodeHtml(gbkDeclared).text).toContain('新电脑已可利用记忆自学');
    const served = Buffer.from('<p>les pêcheurs</p>', 'utf8');
    expect(detectEncoding(served, 'text/html; charset=ISO-8859-1').encoding).toBe('utf-8');
    // Bytes really written in the declared encoding keep it (the windows-1251 fixture above), and so
    // does plain ASCII, which every declaration reads alike.
    const latin1 = Buffer.concat([
      ascii('<meta charset="iso-8859-1">'),
      Buffer.from('<p>pêcheurs</p>', 'latin1'),
    ]);
    expect(detectEncoding(latin1)).toMatchObject({ encoding: 'windows-1252', source: 'meta' });
    expect(detectEncoding(ascii('<meta charset="shift_jis"><p>x</p>')).source).toBe('meta');
  });

  it('ignores unknown labels', () => {
    expect(detectEncoding(ascii('<meta charset="no-such-charset">')).source).toBe('utf-8-valid');
  });

  it('tells binary data from text', () => {
    expect(looksBinary(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13), 'windows-1252')).toBe(true);
    expect(looksBinary(ascii('<p>text</p>'), 'utf-8')).toBe(false);
  });
});

describe('parseHtml', () => {
  it('caps nesting the way Chromium does, keeping all the text', () => {
    const depth = 3_000;
    const html = `<body>${'<div>'.repeat(depth)}bottom${'</div>'.repeat(depth)}<p>after</p></body>`;
    const { html: capped, capped: wasCapped } = capNesting(html);
    expect(wasCapped).toBe(true);
    const { document } = parseHtml(capped, 'https://stress.example/');
    let deepest = 0;
    for (const div of Array.from(document.querySelectorAll('div'))) {
      let d = 0;
      for (let n: Element | null = div; n; n = n.parentElement) d++;
      deepest = Math.max(deepest, d);
    }
    expect(deepest).toBeLessThanOrEqual(MAX_PARSER_DEPTH + 1);
    expect(document.body.textContent).toBe('bottomafter');
  });

  it('still reads a page whose stylesheet makes jsdom throw while parsing', () => {
    // An unbalanced calc() as a real page had it: jsdom's CSS parser throws from inside the HTML parser.
    const html =
      '<style>p { min-height: calc(100% - (2 * 10px) }</style><p style="width: calc((1px)">Kept text.</p>';
    const { document } = parseHtml(html, 'https://x.example/');
    expect(document.body.textContent).toBe('Kept text.');
  });

  it('leaves ordinary pages as they are and never runs their scripts', () => {
    const html = '<p>one</p><script>globalThis.__ranInNode = true</script>';
    expect(capNesting(html)).toEqual({ html, capped: false });
    parseHtml(html, 'https://x.example/');
    expect((globalThis as { __ranInNode?: boolean }).__ranInNode).toBeUndefined();
  });
});

describe('parseArgs', () => {
  it('reads formats, --url and several inputs', () => {
    expect(parseArgs(['extract', '--format=md', '--url', 'https://a.example/x', 'a.html', 'b.html'])).toEqual(
      {
        command: 'extract',
        format: 'markdown',
        url: 'https://a.example/x',
        timeBudgetMs: 30_000,
        jobs: availableParallelism(),
        inputs: ['a.html', 'b.html'],
      },
    );
  });

  it('reads --jobs as a whole number of threads and refuses anything else', () => {
    const jobs = (argv: string[]) => {
      const parsed = parseArgs(['extract', ...argv, 'a.html']);
      return parsed.command === 'extract' ? parsed.jobs : parsed.command;
    };
    expect(jobs(['--jobs', '3'])).toBe(3);
    expect(jobs(['-j', '1'])).toBe(1);
    expect(jobs(['--jobs=2'])).toBe(2);
    expect(jobs(['--jobs', '0'])).toBe('error');
    expect(jobs(['--jobs', '1.5'])).toBe('error');
    expect(jobs(['--jobs', 'many'])).toBe('error');
    expect(jobs(['--jobs', '1000'])).toBe('error');
  });

  it('rejects unknown formats, options, non-http --url and missing inputs', () => {
    expect(parseArgs(['extract', '--format', 'pdf', 'a.html']).command).toBe('error');
    expect(parseArgs(['extract', '--frobnicate', 'a.html']).command).toBe('error');
    expect(parseArgs(['extract', '--url', 'javascript:alert(1)', 'a.html']).command).toBe('error');
    expect(parseArgs(['extract']).command).toBe('error');
    expect(parseArgs([]).command).toBe('help');
  });
});
