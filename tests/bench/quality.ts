// `npm run bench:quality`: Folio against Mozilla Readability (and Defuddle with --defuddle) on the real
// pages of ../shared/corpus, same DOM implementation (jsdom), same run. Sections: seed article,
// scrapinghub-dev (body F1), fundus-dev (metadata, body, captions and credits; whole set and each half
// by publisher), trafilatura-dev (main text against boilerplate), readability-pages (metadata and
// readerable agreement). `--help` lists the options; the sections live in tests/bench/quality/.
import { existsSync } from 'node:fs';
import { CORPUS, type CorpusPage, REPO_ROOT } from './corpus-pages';
import { DEFUDDLE_SETS, ensureDefuddle } from './quality/defuddle-pass';
import { runDetection } from './quality/detection';
import { type FundusRecord, reportFundus } from './quality/fundus';
import { type Baseline, compareBaseline, readBaseline, writeBaseline } from './quality/gate';
import { type Options, parseArgs, systemsFor } from './quality/options';
import { parsePage } from './quality/pages';
import { scorePages } from './quality/pool';
import { runReadabilityPages } from './quality/readability-pages';
import { reportScrapinghub, type ScrapinghubRecord } from './quality/scrapinghub';
import { PAGE_SECTIONS } from './quality/sections';
import { runSeed } from './quality/seed';
import { reportTrafilatura, type TrafilaturaRecord } from './quality/trafilatura';

/** What a section module that runs on its own gets (corpus paths, the shared options, the parser). */
function sectionOpts(opts: Options) {
  return {
    corpusDir: CORPUS,
    repoRoot: REPO_ROOT,
    worst: opts.worst,
    page: opts.page,
    folioOnly: opts.folioOnly,
    parsePage,
  };
}

async function main() {
  const started = performance.now();
  const opts = parseArgs(process.argv.slice(2));
  const want = (s: string) => !opts.only || opts.only === s;
  const failures: string[] = [];
  const systems = systemsFor(opts);
  const filter = { id: opts.page, half: opts.half, defuddleCached: opts.defuddleCached };
  const pool = { jobs: opts.jobs, filter, systems };

  if (want('seed')) failures.push(...runSeed().map((f) => `seed: ${f}`));

  if (!existsSync(CORPUS)) {
    console.log(`\n${CORPUS} is missing: corpus sections skipped.`);
    process.exit(opts.check && failures.length ? 1 : 0);
  }

  if (opts.defuddle && opts.defuddleJobs > 0) {
    const names = {
      'scrapinghub-dev': 'scrapinghub',
      'fundus-dev': 'fundus',
      'trafilatura-dev': 'trafilatura',
    };
    const pages: CorpusPage[] = DEFUDDLE_SETS.filter((set) => want(names[set as keyof typeof names])).flatMap(
      (set) => PAGE_SECTIONS[names[set as keyof typeof names]]!.pages(pool.filter),
    );
    await ensureDefuddle(pages, { jobs: opts.defuddleJobs });
  }

  const now: Baseline = {};
  if (want('scrapinghub')) {
    console.log('\n== scrapinghub-dev: article body (corpus README scoring) ==');
    const records = await scorePages<ScrapinghubRecord>('scrapinghub', pool);
    now.scrapinghub = reportScrapinghub(records, systems, opts.worst);
  }
  if (want('fundus')) {
    console.log('\n== fundus-dev: halves by publisher ==');
    const records = await scorePages<FundusRecord | null>('fundus', pool);
    const figures = reportFundus(records, systems, { worst: opts.worst, half: opts.half });
    now.fundus = figures.all;
    now.fundusDev = figures.dev;
    now.fundusCheck = figures.check;
  }
  if (want('trafilatura')) {
    console.log('\n== trafilatura-dev: main text against boilerplate (trafilatura scoring) ==');
    const records = await scorePages<TrafilaturaRecord>('trafilatura', pool);
    now.trafilatura = reportTrafilatura(records, systems, opts.worst, opts.snippets);
  }
  if (want('readability')) {
    console.log('\n== readability-pages ==');
    now.readability = await runReadabilityPages(sectionOpts(opts));
  }

  // Not part of the gate (no baseline figure): a measurement run, or `--only detection`.
  if (opts.only === 'detection' || (!opts.only && !opts.check)) {
    console.log('\n== detection on every corpus: misses and false alarms against the ground truth ==');
    await runDetection({ page: opts.page });
  }

  if (opts.check) {
    failures.push(...compareBaseline(now, readBaseline()));
    console.log(failures.length ? '\nquality check FAILED:' : '\nquality check passed');
    for (const f of failures) console.log(`  ${f}`);
  }
  if (opts.writeBaseline) writeBaseline(now);
  console.log(
    `\nbench:quality took ${((performance.now() - started) / 1000).toFixed(1)} s (${opts.jobs} job(s))`,
  );
  process.exit(opts.check && failures.length ? 1 : 0);
}

await main();
