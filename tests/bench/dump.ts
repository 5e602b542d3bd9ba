// `npm run bench:dump -- --out FILE`: the engine's whole result on every corpus page (jsdom, parsed as
// the folio command parses), one JSON line per page, sorted, so that a change can be checked for
// "output unchanged" or read for what it moved. `--diff A B` compares two dumps field by field.
//   npm run bench:dump -- --out /tmp/before.jsonl [--set trafilatura-dev] [--jobs 2] [--dom jsdom|cli]
// `--dom cli` parses with the folio command's DOM (parse5 into linkedom) instead of jsdom: a dump of
// each, diffed, shows whether the command's output is the extension engine's on every page.
//   npm run bench:dump -- --diff /tmp/before.jsonl /tmp/after.jsonl [--fields html,removed] [--full]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from '../../src/cli/detect-encoding';
import { parseDocument } from '../../src/cli/dom/parse-document';
import { parseHtml } from '../../src/cli/parse-html';
import { extractArticle } from '../../src/lib/index';
import { CORPUS, CORPUS_SETS, type CorpusPage, type CorpusSet, corpusPages, REPO_ROOT } from './corpus-pages';
import { onJsonLines } from './json-lines';

const SELF = fileURLToPath(import.meta.url);
// jsdom keeps some memory of every window even after close(): a fresh process every so many pages.
const PAGES_PER_WORKER = 60;

interface DumpLine {
  page: string;
  result: unknown;
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

/** Which DOM the pages are parsed into: jsdom (the extension's tests' DOM) or the folio command's. */
type DomChoice = 'jsdom' | 'cli';

function dumpPage(page: CorpusPage, dom: DomChoice): DumpLine {
  const { text } = decodeHtml(readFileSync(page.file));
  if (dom === 'cli') {
    const { document } = parseDocument(text, page.url);
    return { page: `${page.set}/${page.id}`, result: extractArticle(document, { url: page.url }) };
  }
  const { document, window } = parseHtml(text, page.url);
  try {
    return { page: `${page.set}/${page.id}`, result: extractArticle(document, { url: page.url }) };
  } finally {
    window.close();
  }
}

function worker(args: string[]): void {
  const set = option(args, '--worker') as CorpusSet;
  const from = Number(option(args, '--from'));
  const to = Number(option(args, '--to'));
  const dom = (option(args, '--dom') ?? 'jsdom') as DomChoice;
  for (const page of corpusPages(set).slice(from, to)) {
    process.stdout.write(`${JSON.stringify(dumpPage(page, dom))}\n`);
  }
}

function runWorker(set: CorpusSet, from: number, to: number, dom: DomChoice, out: DumpLine[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', SELF, '--worker', set, '--from', String(from), '--to', String(to), '--dom', dom],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    onJsonLines<DumpLine>(child.stdout, (line) => out.push(line));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`worker ${set} ${from}-${to}: ${code}`)),
    );
  });
}

async function dump(args: string[]): Promise<void> {
  const outFile = option(args, '--out') ?? 'folio-dump.jsonl';
  const onlySet = option(args, '--set');
  const jobs = Math.max(1, Number(option(args, '--jobs') ?? os.availableParallelism()));
  const dom = (option(args, '--dom') ?? 'jsdom') as DomChoice;
  if (dom !== 'jsdom' && dom !== 'cli') throw new Error('--dom is jsdom or cli');
  const tasks: Array<[CorpusSet, number, number]> = [];
  for (const set of CORPUS_SETS) {
    if (onlySet && set !== onlySet) continue;
    const count = corpusPages(set).length;
    for (let from = 0; from < count; from += PAGES_PER_WORKER)
      tasks.push([set, from, Math.min(count, from + PAGES_PER_WORKER)]);
  }
  const lines: DumpLine[] = [];
  const started = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      while (next < tasks.length) {
        const [set, from, to] = tasks[next++]!;
        await runWorker(set, from, to, dom, lines);
        process.stderr.write(`\r  ${lines.length} pages`);
      }
    }),
  );
  lines.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
  writeFileSync(outFile, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
  process.stderr.write(
    `\n${lines.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s → ${outFile}\n`,
  );
}

function readDump(file: string): Map<string, Record<string, unknown>> {
  const map = new Map<string, Record<string, unknown>>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const parsed = JSON.parse(line) as DumpLine;
    map.set(parsed.page, parsed.result as Record<string, unknown>);
  }
  return map;
}

const clip = (value: unknown, full: boolean): string => {
  // An absent field (a page that became or stopped being an article) prints as such.
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '(absent)');
  return full || text.length <= 300 ? text : `${text.slice(0, 300)}… (${text.length} chars)`;
};

function diff(args: string[]): void {
  const index = args.indexOf('--diff');
  const [a, b] = [args[index + 1], args[index + 2]];
  if (!a || !b || !existsSync(a) || !existsSync(b)) throw new Error('usage: --diff BEFORE AFTER');
  const fields = option(args, '--fields')?.split(',');
  const full = args.includes('--full');
  const before = readDump(a);
  const after = readDump(b);
  const pages = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changedFields = new Map<string, number>();
  let changed = 0;
  for (const page of pages) {
    const x = before.get(page) ?? {};
    const y = after.get(page) ?? {};
    const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].filter(
      (key) => !fields || fields.includes(key),
    );
    const differing = keys.filter((key) => JSON.stringify(x[key]) !== JSON.stringify(y[key]));
    if (!differing.length) continue;
    changed++;
    console.log(`\n## ${page}`);
    for (const key of differing) {
      changedFields.set(key, (changedFields.get(key) ?? 0) + 1);
      console.log(`  ${key}:\n    - ${clip(x[key], full)}\n    + ${clip(y[key], full)}`);
    }
  }
  console.log(`\n${changed} of ${pages.length} pages differ`);
  for (const [key, count] of [...changedFields].sort((p, q) => q[1] - p[1]))
    console.log(`  ${key}: ${count}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--diff')) return diff(args);
  if (!existsSync(CORPUS)) throw new Error(`corpus not found at ${CORPUS}`);
  if (option(args, '--worker')) return worker(args);
  await dump(args);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
