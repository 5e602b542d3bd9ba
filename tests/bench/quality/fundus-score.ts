// Scoring of one fundus-dev page, kept equal for every system:
// - title: exact after folding (case, accents, punctuation, spacing).
// - date: same instant within a day (an offset-less time is read as UTC, so a page that states local
//   time without a zone still matches its own day); truth null matches an empty answer only.
// - authors: the folded name sets are equal (all truth names found, nothing extra).
// - body: shingle recall (corpus README scoring) of the truth paragraphs in the body text.
// - caption recall: a truth image with a caption counts when a figure caption contains it after
//   folding, or has token F1 ≥ CAPTION_F1 with it.
// - caption precision: of the figures given a caption, the share whose caption matches a truth
//   image's caption by the same rule (a teaser's or a player's text shown as a caption counts against).
// - credit recall: a truth image with credit names counts when the figure tied to it (by caption, else
//   by image file name) has a credit holding every name after folding ("Bild:"/"Foto:" labels that
//   fundus keeps in the name are dropped first).
// - credit precision: of the figures given a credit, the share whose credit holds every credit name of
//   the truth image it is tied to, or of some truth image when it is tied to none (a whole caption as
//   credit, a player's duration, or a credit on the wrong photo count against).
import { parseDate } from '../../../src/core/metadata/date';
import { scoreDoc } from '../quality-score';
import { fold, isoToEpoch } from './fold';
import { type FundusTruth, type TruthImage, truthBody } from './fundus-truth';
import type { FigureOut, SystemOut } from './systems';

const DAY_MS = 86_400_000;
/** Token F1 at which a caption counts as found though worded slightly differently (spacing, quotes). */
export const CAPTION_F1 = 0.8;
const CREDIT_LABEL_RE = /^(?:bild|foto|photo|image|credit|fotos?|photos?)\s*:\s*/i;

export interface FundusPageScore {
  title: number;
  date: number;
  authors: number;
  body: number;
  captionHit: number;
  captionAll: number;
  captionRight: number;
  captionShown: number;
  creditHit: number;
  creditAll: number;
  creditRight: number;
  creditShown: number;
  problems: string[];
}

function tokens(s: string): string[] {
  return fold(s).split(' ').filter(Boolean);
}

export function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (!common) return 0;
  const p = common / tb.length;
  const r = common / ta.length;
  return (2 * p * r) / (p + r);
}

export function captionMatches(truth: string, got: string): boolean {
  const ft = fold(truth);
  const fg = fold(got);
  if (!ft || !fg) return false;
  return fg.includes(ft) || tokenF1(truth, got) >= CAPTION_F1;
}

/**
 * The file an image address names: the last part of its path or, for an image proxy whose path
 * ends in a slash (`…/quality/80/?url=https%3A…photo.jpg`), the file of the address it carries.
 * Without the second, every photo of such a page was untied and its caption and credit counted lost.
 */
function fileKey(u: string): string {
  try {
    const url = new URL(u);
    const last = url.pathname.split('/').pop() ?? '';
    if (last) return last.toLowerCase();
    for (const value of url.searchParams.values()) if (/^https?:\/\//i.test(value)) return fileKey(value);
    return '';
  } catch {
    return '';
  }
}

export function dateMatches(truth: string | null, got: string): boolean {
  if (!truth) return !got;
  const t = isoToEpoch(parseDate(truth));
  const g = isoToEpoch(got);
  if (Number.isNaN(t) || Number.isNaN(g)) return false;
  return Math.abs(t - g) < DAY_MS;
}

export function authorsMatch(truth: string[] | null, got: string[]): boolean {
  const t = new Set((truth ?? []).map(fold).filter(Boolean));
  const g = new Set(got.map(fold).filter(Boolean));
  if (t.size !== g.size) return false;
  for (const x of t) if (!g.has(x)) return false;
  return true;
}

export function creditNames(img: TruthImage): string[] {
  return (img.authors ?? []).map((a) => a.replace(CREDIT_LABEL_RE, '')).filter((a) => fold(a));
}

export function creditHolds(names: string[], credit: string): boolean {
  const fc = fold(credit);
  return names.length > 0 && fc !== '' && names.every((c) => fc.includes(fold(c)));
}

/** The figure that shows a truth image: by caption, else by the image's file name. */
function figureFor(img: TruthImage, figures: FigureOut[]): FigureOut | undefined {
  const caption = (img.caption ?? '').trim();
  const byCaption = caption ? figures.find((f) => captionMatches(caption, f.caption)) : undefined;
  if (byCaption) return byCaption;
  const keys = new Set((img.versions ?? []).map((v) => fileKey(v.url)).filter(Boolean));
  return figures.find(
    (f) =>
      keys.has(fileKey(f.src)) ||
      f.srcset.split(',').some((c) => keys.has(fileKey(c.trim().split(/\s+/)[0] ?? ''))),
  );
}

export function scoreFigures(
  images: TruthImage[],
  figures: FigureOut[],
): Omit<FundusPageScore, 'title' | 'date' | 'authors' | 'body'> {
  const out = {
    captionHit: 0,
    captionAll: 0,
    captionRight: 0,
    captionShown: 0,
    creditHit: 0,
    creditAll: 0,
    creditRight: 0,
    creditShown: 0,
    problems: [] as string[],
  };
  const tiedTo = new Map<FigureOut, TruthImage>();
  for (const img of images) {
    const caption = (img.caption ?? '').trim();
    const credits = creditNames(img);
    const fig = figureFor(img, figures);
    if (fig && !tiedTo.has(fig)) tiedTo.set(fig, img);
    if (caption) {
      out.captionAll++;
      if (fig && captionMatches(caption, fig.caption)) out.captionHit++;
      else out.problems.push(`caption missing: ${caption.slice(0, 90)}`);
    }
    if (credits.length) {
      out.creditAll++;
      if (fig && creditHolds(credits, fig.credit)) out.creditHit++;
      else
        out.problems.push(
          `credit ${JSON.stringify(credits)} got ${JSON.stringify(fig?.credit ?? '(no figure)')}`,
        );
    }
  }
  for (const fig of figures) {
    if (fold(fig.caption)) {
      out.captionShown++;
      if (images.some((img) => img.caption?.trim() && captionMatches(img.caption.trim(), fig.caption)))
        out.captionRight++;
      else out.problems.push(`caption not in truth: ${fig.caption.slice(0, 90)}`);
    }
    if (fold(fig.credit)) {
      out.creditShown++;
      const img = tiedTo.get(fig);
      const right = img
        ? creditHolds(creditNames(img), fig.credit)
        : images.some((other) => creditHolds(creditNames(other), fig.credit));
      if (right) out.creditRight++;
      else out.problems.push(`credit not in truth: ${fig.credit.slice(0, 90)}`);
    }
  }
  return out;
}

export function scoreFundusPage(truth: FundusTruth, got: SystemOut): FundusPageScore {
  const body = truthBody(truth);
  const recall = body ? (scoreDoc(body, got.text).recall ?? 0) : 1;
  const figures = scoreFigures(truth.images ?? [], got.figures);
  const title = Number(fold(got.title) === fold(truth.title));
  const date = Number(dateMatches(truth.publishing_date, got.date));
  const authors = Number(authorsMatch(truth.authors, got.authors));
  const problems: string[] = [];
  if (!title) problems.push(`title: want ${JSON.stringify(truth.title)} got ${JSON.stringify(got.title)}`);
  if (!date) problems.push(`date: want ${truth.publishing_date} got ${JSON.stringify(got.date)}`);
  if (!authors)
    problems.push(`authors: want ${JSON.stringify(truth.authors)} got ${JSON.stringify(got.authors)}`);
  if (recall < 0.9) problems.push(`body recall ${recall.toFixed(2)}`);
  problems.push(...figures.problems);
  return { ...figures, title, date, authors, body: recall, problems };
}

/** How bad a page is, for the "worst pages" list: one point per field or image missed. */
export function badness(s: FundusPageScore): number {
  return (
    3 -
    s.title -
    s.date -
    s.authors +
    (1 - s.body) +
    (s.captionAll - s.captionHit) +
    (s.creditAll - s.creditHit) +
    (s.captionShown - s.captionRight) +
    (s.creditShown - s.creditRight)
  );
}
