// Detection against the corpus ground truth, per set: the articles the detector does not mark
// (misses; and how many of them the engine still extracts, which is what the popup then shows) and
// the non-articles it marks (false alarms). Shared by bench:quality (jsdom) and bench:browser.
import type { CorpusSet } from './corpus-pages';

// Ids listed per set and kind, so a run's output stays readable.
const LISTED_IDS = 8;

export interface DetectionOutcome {
  set: CorpusSet;
  id: string;
  /** The ground truth says article. */
  truth: boolean;
  /** The detector marked it. */
  detected: boolean;
  /** On a miss only: the engine extracted an article anyway. */
  engineFinds?: boolean;
}

interface SetTally {
  pages: number;
  articles: number;
  marked: number;
  misses: string[];
  missesEngineFinds: number;
  nonArticles: number;
  falseAlarms: string[];
}

export function tallyDetection(outcomes: readonly DetectionOutcome[]): Map<CorpusSet, SetTally> {
  const sets = new Map<CorpusSet, SetTally>();
  for (const o of outcomes) {
    let t = sets.get(o.set);
    if (!t) {
      t = {
        pages: 0,
        articles: 0,
        marked: 0,
        misses: [],
        missesEngineFinds: 0,
        nonArticles: 0,
        falseAlarms: [],
      };
      sets.set(o.set, t);
    }
    t.pages++;
    if (o.truth) {
      t.articles++;
      if (o.detected) t.marked++;
      else {
        t.misses.push(o.id);
        if (o.engineFinds) t.missesEngineFinds++;
      }
    } else {
      t.nonArticles++;
      if (o.detected) t.falseAlarms.push(o.id);
    }
  }
  return sets;
}

const cell = (s: string | number, width: number) => String(s).padEnd(width);

/** The per-set table, then the ids of misses and false alarms. */
export function formatDetection(outcomes: readonly DetectionOutcome[]): string[] {
  const sets = tallyDetection(outcomes);
  const widths = [20, 7, 10, 8, 8, 16, 13, 13];
  const lines = [
    ['set', 'pages', 'articles', 'marked', 'misses', 'engine finds', 'non-articles', 'false alarms']
      .map((h, i) => cell(h, widths[i]!))
      .join(''),
  ];
  const total = { pages: 0, articles: 0, marked: 0, misses: 0, finds: 0, non: 0, alarms: 0 };
  for (const [set, t] of sets) {
    lines.push(
      [
        set,
        t.pages,
        t.articles,
        t.marked,
        t.misses.length,
        `${t.missesEngineFinds}/${t.misses.length}`,
        t.nonArticles,
        t.falseAlarms.length,
      ]
        .map((v, i) => cell(v, widths[i]!))
        .join(''),
    );
    total.pages += t.pages;
    total.articles += t.articles;
    total.marked += t.marked;
    total.misses += t.misses.length;
    total.finds += t.missesEngineFinds;
    total.non += t.nonArticles;
    total.alarms += t.falseAlarms.length;
  }
  lines.push(
    [
      'all',
      total.pages,
      total.articles,
      total.marked,
      total.misses,
      `${total.finds}/${total.misses}`,
      total.non,
      total.alarms,
    ]
      .map((v, i) => cell(v, widths[i]!))
      .join(''),
  );
  for (const [set, t] of sets) {
    const more = (ids: string[]) =>
      `${ids.slice(0, LISTED_IDS).join(', ')}${ids.length > LISTED_IDS ? `, … (${ids.length})` : ''}`;
    if (t.misses.length) lines.push(`  ${set} misses: ${more(t.misses)}`);
    if (t.falseAlarms.length) lines.push(`  ${set} false alarms: ${more(t.falseAlarms)}`);
  }
  return lines;
}
