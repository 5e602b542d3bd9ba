// One `folio extract` input from its spec (file, `-`, URL) to the engine's result, on the command's
// own DOM (parse5 into linkedom: dom/parse-document.ts). Runs in the main thread or in a pool worker.

import type { ExtractResult, SiteRule } from '../core/types';
import { extractArticle } from '../lib/index';
import { parseDocument } from './dom/parse-document';
import { InputError, type LoadedInput, readInput } from './read-input';

/** What one input gave: a result to print, or a one-line reason it could not be read. */
export type InputOutcome = { ok: true; result: ExtractResult } | { ok: false; message: string };

function noArticle(
  reason: 'empty-document' | 'no-content' | 'too-large' | 'error',
  message: string,
): ExtractResult {
  return { isArticle: false, reason, message };
}

/** The engine's result for an input already read. */
export function extractLoaded(input: LoadedInput, timeBudgetMs: number, rules?: SiteRule[]): ExtractResult {
  if (input.tooLarge) {
    return noArticle('too-large', `The input is larger than Folio reads (${input.bytes} bytes).`);
  }
  if (input.binary) return noArticle('no-content', 'The input is binary data, not an HTML page.');
  if (input.html.trim() === '') return noArticle('empty-document', 'The input is empty.');
  try {
    const { document } = parseDocument(input.html, input.url);
    return extractArticle(
      document,
      rules ? { url: input.url, timeBudgetMs, rules } : { url: input.url, timeBudgetMs },
    );
  } catch (error) {
    // The engine promises never to throw; if a page proves otherwise, it is still one result.
    const message = error instanceof Error ? error.message : String(error);
    return noArticle(
      'error',
      `Folio could not read this page: ${message.replace(/\s+/g, ' ').slice(0, 200)}`,
    );
  }
}

/** Reads `spec` and extracts it; never throws. */
export async function extractInput(
  spec: string,
  url: string | null,
  timeBudgetMs: number,
  rules?: SiteRule[],
): Promise<InputOutcome> {
  let input: LoadedInput;
  try {
    input = await readInput(spec, { url });
  } catch (error) {
    const message = error instanceof InputError ? error.message : `${spec}: ${String(error)}`;
    return { ok: false, message: message.replace(/\s+/g, ' ') };
  }
  return { ok: true, result: extractLoaded(input, timeBudgetMs, rules) };
}
