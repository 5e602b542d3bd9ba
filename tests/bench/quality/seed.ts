// The seed article (../shared/fixtures/seed-article): a hand-checked page whose expected.json lists
// what Folio must find on it; every unmet expectation fails the gate.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../../src/lib/index';
import { REPO_ROOT } from '../corpus-pages';
import { parsePage } from './pages';

const SEED_DIR = path.resolve(REPO_ROOT, '../shared/fixtures/seed-article');

interface SeedExpected {
  url: string;
  isArticle: boolean;
  title: string;
  siteName: string;
  publishedDate: string;
  lang: string;
  bylineMentions: string[];
  excerptMentions?: string;
  mustContain: string[];
  mustNotContain: string[];
  figures: { imageSrc: string; captionStartsWith: string; credit: string }[];
}

/** Returns the list of failed expectations (empty when the seed article passes). */
export function runSeed(): string[] {
  console.log('\n== seed article ==');
  if (!existsSync(SEED_DIR)) {
    console.log('seed article missing; skipped');
    return [];
  }
  const exp = JSON.parse(readFileSync(path.join(SEED_DIR, 'expected.json'), 'utf8')) as SeedExpected;
  const doc = parsePage(readFileSync(path.join(SEED_DIR, 'source.html'), 'utf8'), exp.url);
  const res = extractArticle(doc, { url: exp.url });
  const fails: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) fails.push(what);
  };
  expect(res.isArticle === exp.isArticle, `isArticle ${String(res.isArticle)}`);
  if (res.isArticle) {
    expect(res.title === exp.title, `title "${res.title}"`);
    expect(res.siteName === exp.siteName, `siteName "${res.siteName}"`);
    expect(res.publishedTime.startsWith(exp.publishedDate), `publishedTime "${res.publishedTime}"`);
    expect(res.lang.toLowerCase().startsWith(exp.lang), `lang "${res.lang}"`);
    for (const name of exp.bylineMentions)
      expect(
        res.byline.includes(name) || res.authors.some((a) => a.includes(name)),
        `byline lacks "${name}" (byline "${res.byline}", authors ${JSON.stringify(res.authors)})`,
      );
    if (exp.excerptMentions)
      expect(res.excerpt.includes(exp.excerptMentions), `excerpt lacks "${exp.excerptMentions}"`);
    for (const s of exp.mustContain) expect(res.text.includes(s), `text lacks "${s}"`);
    for (const s of exp.mustNotContain) {
      expect(!res.text.includes(s), `text contains "${s}"`);
      expect(!res.html.includes(s), `html contains "${s}"`);
    }
    for (const f of exp.figures) {
      const got = res.figures.find((g) => g.src === f.imageSrc);
      if (!got) {
        fails.push(`figure missing ${f.imageSrc}`);
        continue;
      }
      expect(got.caption.startsWith(f.captionStartsWith), `figure caption "${got.caption.slice(0, 60)}"`);
      expect(got.credit === f.credit, `figure credit "${got.credit}"`);
      expect(!res.text.includes(f.captionStartsWith), `caption of ${f.imageSrc} in text`);
    }
    console.log(
      `words ${res.wordCount}, figures ${res.figures.length}, removed ${res.removed.length}: ${res.removed
        .map((r) => r.kind)
        .join(', ')}`,
    );
  }
  const total = 8 + exp.bylineMentions.length + exp.mustContain.length + 2 * exp.mustNotContain.length;
  console.log(
    fails.length ? `seed: ${fails.length} expectation(s) fail` : `seed: all ${total}+ expectations hold`,
  );
  for (const f of fails) console.log(`  FAIL ${f}`);
  return fails;
}
