// One stress measurement in its own process, so that a hang or a stack overflow cannot take the
// benchmark down with it: `tsx tests/stress/node-runner.ts <folio|readability|readability-raw> FILE`.
// Prints two JSON lines: {"phase":"parsed",...} once the document exists (the parent starts its
// timeout clock there), then {"phase":"done",...} with the outcome.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml, looksBinary } from '../../src/cli/detect-encoding';
import { parseHtml } from '../../src/cli/parse-html';

export type RunnerSystem = 'folio' | 'readability' | 'readability-raw';

export interface RunnerOutcome {
  phase: 'done';
  ms: number;
  /** "article 1234 words", "no article (too-large)", "crash: RangeError: Maximum call stack..." */
  outcome: string;
  crashed: boolean;
}

/** Folio's time budget in the benchmark: longer than the parent's timeout, so the parent decides. */
const FOLIO_BUDGET_MS = 60_000;

function emit(value: object): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

function crash(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `crash: ${text.replace(/\s+/g, ' ').slice(0, 80)}`;
}

async function run(system: RunnerSystem, file: string): Promise<void> {
  const bytes = readFileSync(file);
  const { text, encoding } = decodeHtml(bytes);
  const url = 'https://stress.example/page';
  const parseStart = performance.now();
  let document: Document;
  try {
    if (system === 'readability-raw') {
      // What a plain jsdom user gets: no depth cap (issue 4's Readability numbers are measured so).
      document = new JSDOM(text, { url, virtualConsole: new VirtualConsole() }).window
        .document as unknown as Document;
    } else {
      document = parseHtml(text, url).document;
    }
  } catch (error) {
    emit({ phase: 'parsed', ms: performance.now() - parseStart });
    emit({ phase: 'done', ms: 0, outcome: `parse ${crash(error)}`, crashed: true } satisfies RunnerOutcome);
    return;
  }
  // The built library (what ships), loaded before the clock starts.
  const libUrl = pathToFileURL(new URL('../../dist/lib/index.js', import.meta.url).pathname).href;
  const lib = system === 'folio' ? ((await import(libUrl)) as typeof import('../../src/lib/index')) : null;
  emit({ phase: 'parsed', ms: performance.now() - parseStart });
  const start = performance.now();
  try {
    if (lib) {
      const binary = looksBinary(bytes, encoding);
      const result = lib.extractArticle(document, { url, timeBudgetMs: FOLIO_BUDGET_MS });
      const ms = performance.now() - start;
      let outcome = result.isArticle ? `article, ${result.wordCount} words` : `no article (${result.reason})`;
      // The detector runs on every page load in the content script: its time on the same page.
      const detectStart = performance.now();
      const detected = lib.isProbablyArticle(document, { url });
      outcome += `; detect ${(performance.now() - detectStart).toFixed(1)} ms (${detected.isArticle ? 'article' : 'not'})`;
      emit({ phase: 'done', ms, outcome: binary ? `${outcome}; binary input` : outcome, crashed: false });
    } else {
      const result = new Readability(document).parse();
      const ms = performance.now() - start;
      const outcome = result
        ? `article, ${(result.textContent ?? '').split(/\s+/).length} words`
        : 'no article (null)';
      emit({ phase: 'done', ms, outcome, crashed: false } satisfies RunnerOutcome);
    }
  } catch (error) {
    emit({
      phase: 'done',
      ms: performance.now() - start,
      outcome: crash(error),
      crashed: true,
    } satisfies RunnerOutcome);
  }
}

const [system, file] = process.argv.slice(2);
if (system !== 'folio' && system !== 'readability' && system !== 'readability-raw') {
  process.stderr.write('usage: node-runner.ts <folio|readability|readability-raw> FILE\n');
  process.exit(2);
}
if (!file) process.exit(2);
run(system, file).catch((error: unknown) => {
  emit({ phase: 'done', ms: 0, outcome: crash(error), crashed: true } satisfies RunnerOutcome);
});
