// The scrapinghub article-extraction benchmark's scoring, as the corpus README specifies it, so our
// figures compare with the published ones: 4-token shingles of word-character runs, multiset
// tp/fp/fn per document, precision and recall averaged over documents, F1 of the two means.

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

export function shingles(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  // A text shorter than a shingle still yields one shingle; an empty text yields none, so it drops out of
  // the precision mean (this reproduces the README's newspaper4k figures, which include empty outputs).
  const n = tokens.length === 0 ? 0 : Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const key = tokens.slice(i, i + SHINGLE).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface DocScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  exact: boolean;
}

export function scoreDoc(truth: string, pred: string): DocScore {
  const tt = tokenize(truth);
  const pt = tokenize(pred);
  const ts = shingles(tt);
  const ps = shingles(pt);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, p] of ps) {
    const t = ts.get(k) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
  }
  for (const [k, t] of ts) fn += Math.max(0, t - (ps.get(k) ?? 0));
  const total = tp + fp + fn;
  const ntp = total ? tp / total : 0;
  const nfp = total ? fp / total : 0;
  const nfn = total ? fn / total : 0;
  const perfect = fp === 0 && fn === 0;
  const precision = perfect ? 1 : ntp + nfp > 0 ? ntp / (ntp + nfp) : null;
  const recall = perfect ? 1 : ntp + nfn > 0 ? ntp / (ntp + nfn) : null;
  const exact = tt.length === pt.length && tt.every((t, i) => t === pt[i]);
  return { tp: ntp, fp: nfp, fn: nfn, precision, recall, exact };
}

export interface Summary {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  n: number;
}

export function summarize(scores: DocScore[]): Summary {
  const ps = scores.map((s) => s.precision).filter((x): x is number => x !== null);
  const rs = scores.map((s) => s.recall).filter((x): x is number => x !== null);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(ps);
  const recall = mean(rs);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = scores.length ? scores.filter((s) => s.exact).length / scores.length : 0;
  return { f1, precision, recall, accuracy, n: scores.length };
}

export function docF1(s: DocScore): number {
  const p = s.precision ?? 0;
  const r = s.recall ?? 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** Paragraphs of `a` whose shingles mostly do not occur in `b`: what one side has and the other lacks. */
export function unmatchedBlocks(a: string, b: string, limit: number): string[] {
  const bs = shingles(tokenize(b));
  const out: string[] = [];
  for (const block of a.split(/\n+/)) {
    const toks = tokenize(block);
    if (toks.length < 3) continue;
    const s = shingles(toks);
    let hit = 0;
    let all = 0;
    for (const [k, n] of s) {
      all += n;
      if (bs.has(k)) hit += n;
    }
    if (all && hit / all < 0.5) {
      out.push(block.trim().replace(/\s+/g, ' ').slice(0, 140));
      if (out.length >= limit) break;
    }
  }
  return out;
}
