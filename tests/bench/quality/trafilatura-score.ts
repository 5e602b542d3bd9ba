// trafilatura's evaluation method, as the corpus README gives it: per page, the `with` snippets found in
// the extracted text are true positives, the `without` snippets found are false positives; sums over
// pages give precision, recall, accuracy and F. Whitespace is normalised on both sides first.

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export interface SnippetSummary {
  precision: number;
  recall: number;
  accuracy: number;
  f: number;
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Counts for one page; an empty text finds no snippet (all `with` missed, all `without` avoided). */
export function scoreSnippets(
  text: string,
  withSnippets: string[],
  withoutSnippets: string[],
): SnippetCounts {
  const hay = normalizeSpace(text);
  const found = (snippet: string) => hay !== '' && hay.includes(normalizeSpace(snippet));
  const tp = withSnippets.filter(found).length;
  const fp = withoutSnippets.filter(found).length;
  return { tp, fn: withSnippets.length - tp, fp, tn: withoutSnippets.length - fp };
}

/** The snippets behind the counts: `with` snippets missed and `without` snippets kept (--snippets). */
export function snippetMisses(
  text: string,
  withSnippets: string[],
  withoutSnippets: string[],
): { missed: string[]; kept: string[] } {
  const hay = normalizeSpace(text);
  const found = (snippet: string) => hay !== '' && hay.includes(normalizeSpace(snippet));
  return {
    missed: withSnippets.filter((s) => !found(s)),
    kept: withoutSnippets.filter(found),
  };
}

export function sumCounts(pages: SnippetCounts[]): SnippetCounts {
  const total: SnippetCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const c of pages) {
    total.tp += c.tp;
    total.fn += c.fn;
    total.fp += c.fp;
    total.tn += c.tn;
  }
  return total;
}

export function summarizeSnippets(pages: SnippetCounts[]): SnippetSummary {
  const { tp, fn, fp, tn } = sumCounts(pages);
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const all = tp + fn + fp + tn;
  return {
    precision,
    recall,
    accuracy: all ? (tp + tn) / all : 0,
    f: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}
