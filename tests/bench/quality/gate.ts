// CI's quality gate (`bench:quality -- --check --folio-only`): Folio's figures against the committed
// baseline (tests/bench/quality-baseline.json, rewritten with --write-baseline in the same commit as the
// change that moves it). A figure may fall by its tolerance; a count of refused pages may rise by its.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../corpus-pages';
import { fmt } from './print';

export const BASELINE_FILE = path.join(REPO_ROOT, 'tests/bench/quality-baseline.json');

export type Figures = Record<string, number>;
export const BASELINE_SECTIONS = [
  'scrapinghub',
  'fundus',
  'fundusDev',
  'fundusCheck',
  'trafilatura',
  'readability',
] as const;
export type Baseline = Partial<Record<(typeof BASELINE_SECTIONS)[number], Figures>>;

/** What a rate may lose against the baseline on a whole set (issue 2, "quality gate"). */
export const CHECK_TOLERANCE = 0.01;
/**
 * A fundus half has about 60 pages, so one page is 0.017 of a per-page field: the halves tolerate one
 * page's move, as the whole set's 0.01 does on its 121 pages.
 */
export const HALF_TOLERANCE = 0.02;
/** trafilatura-dev pages that may newly give no article before the gate fails. */
export const NO_ARTICLE_TOLERANCE = 1;

interface Rule {
  section: keyof Baseline;
  /** Keys to compare; all of the baseline's when absent. */
  keys?: string[];
  tolerance: number;
  lowerIsBetter?: boolean;
}

const RULES: Rule[] = [
  { section: 'scrapinghub', keys: ['f1'], tolerance: CHECK_TOLERANCE },
  { section: 'fundus', tolerance: CHECK_TOLERANCE },
  { section: 'fundusDev', tolerance: HALF_TOLERANCE },
  { section: 'fundusCheck', tolerance: HALF_TOLERANCE },
  { section: 'trafilatura', keys: ['f', 'precision', 'recall'], tolerance: CHECK_TOLERANCE },
  { section: 'trafilatura', keys: ['noArticle'], tolerance: NO_ARTICLE_TOLERANCE, lowerIsBetter: true },
];

export function readBaseline(): Baseline {
  return existsSync(BASELINE_FILE) ? (JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Baseline) : {};
}

/** The gate's failures: every figure measured now that is worse than the baseline beyond tolerance. */
export function compareBaseline(now: Baseline, base: Baseline): string[] {
  const fails: string[] = [];
  for (const rule of RULES) {
    const n = now[rule.section];
    const b = base[rule.section];
    if (!n || !b) continue;
    for (const k of rule.keys ?? Object.keys(b).filter((key) => key !== 'noArticle')) {
      const want = b[k];
      const got = n[k];
      if (typeof want !== 'number' || typeof got !== 'number') continue;
      const worse = rule.lowerIsBetter ? got > want + rule.tolerance : got < want - rule.tolerance;
      if (worse)
        fails.push(
          `${rule.section}.${k}: ${fmt(got)} ${rule.lowerIsBetter ? '>' : '<'} baseline ${fmt(want)} ${rule.lowerIsBetter ? '+' : '-'} ${rule.tolerance}`,
        );
    }
  }
  return fails;
}

/** Writes the figures measured now over the baseline's (sections not run keep their old figures). */
export function writeBaseline(now: Baseline): void {
  const prev = readBaseline();
  const round = (f: Figures) =>
    Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Math.round(v * 10000) / 10000]));
  const next: Baseline = {};
  for (const s of BASELINE_SECTIONS) {
    const measured = now[s];
    const f = measured && Object.keys(measured).length ? measured : prev[s];
    if (f) next[s] = round(f);
  }
  writeFileSync(BASELINE_FILE, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`\nbaseline written: ${path.relative(REPO_ROOT, BASELINE_FILE)}`);
}
