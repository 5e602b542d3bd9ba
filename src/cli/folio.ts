// The `folio` command: the extraction engine in Node, over files, stdin and URLs.

import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { version as packageVersion } from '../../package.json';
import { extractArticle } from '../core/index';
import type { ExtractResult } from '../core/types';
import { parseArgs } from './args';
import { renderResult } from './formats';
import { HELP_TEXT } from './help';
import { parseHtml } from './parse-html';
import { InputError, readInput } from './read-input';

// One version, package.json's: the bundler inlines this one field into dist/cli/folio.js.
export const VERSION: string = packageVersion;

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

function noArticle(
  reason: 'empty-document' | 'no-content' | 'too-large' | 'error',
  message: string,
): ExtractResult {
  return { isArticle: false, reason, message };
}

async function extractOne(spec: string, url: string | null, timeBudgetMs: number): Promise<ExtractResult> {
  const input = await readInput(spec, { url });
  if (input.tooLarge) {
    return noArticle('too-large', `The input is larger than Folio reads (${input.bytes} bytes).`);
  }
  if (input.binary) return noArticle('no-content', 'The input is binary data, not an HTML page.');
  if (input.html.trim() === '') return noArticle('empty-document', 'The input is empty.');
  try {
    const { document, window } = parseHtml(input.html, input.url);
    try {
      return extractArticle(document, { url: input.url, timeBudgetMs });
    } finally {
      // Several 6 MB pages in one call: free each document before parsing the next.
      window.close();
    }
  } catch (error) {
    // The engine promises never to throw; if a page proves otherwise, it is still one result.
    const message = error instanceof Error ? error.message : String(error);
    return noArticle(
      'error',
      `Folio could not read this page: ${message.replace(/\s+/g, ' ').slice(0, 200)}`,
    );
  }
}

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
  // One blank window for the render-time sanitizer, shared by every input.
  const renderWindow = new JSDOM('<!doctype html>', { virtualConsole: new VirtualConsole() })
    .window as unknown as Window;
  let exitCode = EXIT_OK;
  for (const spec of args.inputs) {
    let result: ExtractResult;
    try {
      result = await extractOne(spec, args.url, args.timeBudgetMs);
    } catch (error) {
      const message = error instanceof InputError ? error.message : `${spec}: ${String(error)}`;
      io.stderr(`folio: ${message.replace(/\s+/g, ' ')}\n`);
      exitCode = EXIT_INPUT_FAILED;
      continue;
    }
    const rendered = renderResult(spec, result, args.format, renderWindow);
    if (rendered.stdout) io.stdout(rendered.stdout);
    if (rendered.stderr) io.stderr(`folio: ${rendered.stderr}\n`);
  }
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
