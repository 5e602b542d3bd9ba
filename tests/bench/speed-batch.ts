// The batch part of `npm run bench:speed`: `folio extract` over a folder of corpus pages in one call,
// against Mozilla Readability + jsdom in one process over the same files, in the same run. Both are
// timed whole-process (startup included) with their peak memory, and Folio once more over many more
// pages to show its memory stays flat (issue 15: at most 0.30 of Readability's time, flat memory).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ProcessRun, TIME, timeProcess } from './time-process';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FOLDER = path.resolve(ROOT, '../shared/corpus/trafilatura-dev/html');
const FOLIO = path.join(ROOT, 'dist/cli/folio.js');
const READABILITY = path.join(ROOT, 'tests/bench/readability-batch.mjs');
/** Issue 15's batch: 150 mixed pages like those of trafilatura-dev. */
export const BATCH_PAGES = 150;
/** Issue 15: memory stays flat over a 500-page call. */
const MEMORY_PAGES = 500;
const TARGET_RATIO = 0.3;

type Run = ProcessRun;
const timed = (args: string[]): Promise<Run> => timeProcess(args, ROOT);

function files(count: number): string[] {
  return readdirSync(FOLDER)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .slice(0, count)
    .map((name) => path.join(FOLDER, name));
}

const fmt = (run: Run) => `${run.wall.toFixed(2)} s, peak ${run.peakMb.toFixed(0)} MB`;

/** Prints the batch section; `pages` overrides BATCH_PAGES. */
export async function batchSection(pages = BATCH_PAGES): Promise<void> {
  if (!existsSync(FOLIO)) throw new Error('dist/cli/folio.js is missing: run `npm run build` first');
  if (!existsSync(TIME)) throw new Error(`${TIME} is missing (apt-get install time)`);
  const batch = files(pages);
  console.log(`\nbatch: ${batch.length} pages of trafilatura-dev in one call each, whole process`);
  const folio = await timed([FOLIO, 'extract', ...batch]);
  const readability = await timed([READABILITY, ...batch]);
  const single = await timed([FOLIO, 'extract', '--jobs', '1', ...batch]);
  const ratio = folio.wall / readability.wall;
  const rate = (run: Run) => `${(batch.length / run.wall).toFixed(1)} pages/s`;
  console.log(`  Folio (folio extract, --jobs default) ${fmt(folio)}  ${rate(folio)}`);
  console.log(`  Folio (folio extract --jobs 1)        ${fmt(single)}  ${rate(single)}`);
  console.log(`  Readability + jsdom, one process      ${fmt(readability)}  ${rate(readability)}`);
  const many = files(MEMORY_PAGES);
  const small = await timed([FOLIO, 'extract', ...many.slice(0, 50)]);
  const large = await timed([FOLIO, 'extract', ...many]);
  console.log(
    `  memory: Folio over ${Math.min(50, many.length)} pages ${fmt(small)}; over ${many.length} pages ${fmt(large)}`,
  );
  console.log(
    `  ${ratio <= TARGET_RATIO ? 'PASS' : 'FAIL'}  batch time Folio/Readability ${ratio.toFixed(2)} (target <= ${TARGET_RATIO})`,
  );
}
