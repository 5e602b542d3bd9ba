// The `folio` command: the extraction engine in Node, over files, stdin and URLs. Several inputs are
// spread over worker threads (--jobs, default: one per core); results print in input order.
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { version as packageVersion } from '../../package.json';
import { readRuleFile } from '../core/rules/rule-file';
import type { SiteRule } from '../core/types';
import { parseArgs } from './args';
import { extractInput, type InputOutcome } from './extract-input';
import { type RichRenderer, renderResult } from './formats';
import { HELP_TEXT } from './help';
import { runPool } from './worker-pool';

// One version, package.json's: the bundler inlines this one field into dist/cli/folio.js.
export const VERSION: string = packageVersion;

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

/** The worker thread's script, built beside this file (src/cli/build-options.js). */
const WORKER_URL = new URL('./folio-worker.js', import.meta.url);

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs the command with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === 'help') {
    io.stdout(HELP_TEXT);
    return EXIT_OK;
  }
  if (args.command === 'version') {
    io.stdout(`folio ${VERSION}\n`);
    return EXIT_OK;
  }
  if (args.command === 'error') {
    io.stderr(`folio: ${args.message}\nRun "folio --help" for usage.\n`);
    return EXIT_USAGE;
  }
  let rules: SiteRule[] | undefined;
  if (args.rules) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(args.rules, 'utf8'));
    } catch (error) {
      io.stderr(
        `folio: cannot read --rules ${args.rules}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return EXIT_USAGE;
    }
    const checked = readRuleFile(parsed);
    for (const problem of checked.problems) io.stderr(`folio: rule left out: ${problem}\n`);
    rules = checked.rules;
  }
  const rich: RichRenderer | null =
    args.format === 'markdown' || args.format === 'html'
      ? (await import('./formats-rich')).createRichRenderer()
      : null;
  let exitCode = EXIT_OK;
  const print = (spec: string, outcome: InputOutcome) => {
    if (!outcome.ok) {
      io.stderr(`folio: ${outcome.message}\n`);
      exitCode = EXIT_INPUT_FAILED;
      return;
    }
    const rendered = renderResult(spec, outcome.result, args.format, rich);
    if (rendered.stdout) io.stdout(rendered.stdout);
    if (rendered.stderr) io.stderr(`folio: ${rendered.stderr}\n`);
  };
  // Standard input can be read once, by this thread: a call that reads it works here throughout.
  const pooled = args.jobs > 1 && args.inputs.length > 1 && !args.inputs.includes('-');
  if (!pooled) {
    for (const spec of args.inputs) print(spec, await extractInput(spec, args.url, args.timeBudgetMs, rules));
    return exitCode;
  }
  const tasks = args.inputs.map((spec) => ({ spec, url: args.url, timeBudgetMs: args.timeBudgetMs, rules }));
  await runPool(tasks, args.jobs, WORKER_URL, (index, outcome) => print(args.inputs[index]!, outcome));
  return exitCode;
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

// Run when executed directly (node dist/cli/folio.js); src/cli/bin.js imports and calls main itself.
if (isEntryPoint()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`folio: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT_INPUT_FAILED;
    },
  );
}
