// The batch part of `npm run bench:speed`: `folio extract` over a folder of corpus pages in one call,
// against Mozilla Readability + jsdom in one process over the same files, in the same run. Both are
// timed whole-process (startup included) with their peak memory, and Folio once more over many more
// pages to show its memory stays flat (issue 15: at most 0.30 of Readability's time, flat memory).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FOLDER = path.resolve(ROOT, '../shared/corpus/trafilatura-dev/html');
const FOLIO = path.join(ROOT, 'dist/cli/folio.js');
const READABILITY = path.join(ROOT, 'tests/bench/readability-batch.mjs');
const TIME = '/usr/bin/time';
/** Issue 15's batch: 150 mixed pages like those of trafilatura-dev. */
export const BATCH_PAGES = 150;
/** Issue 15: memory stays flat over a 500-page call. */
const MEMORY_PAGES = 500;
const TARGET_RATIO = 0.3;

interface Run {
  seconds: number;
  peakMb: number;
}

/** Runs `node args...` under /usr/bin/time (wall seconds and peak resident memory). */
function timed(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TIME, ['-f', '@@ %e %M', process.execPath, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', () => {
      const match = /@@ ([\d.]+) (\d+)/.exec(stderr);
      if (!match) reject(new Error(`no timing from ${args.join(' ').slice(0, 80)}: ${stderr.slice(-300)}`));
      else resolve({ seconds: Number(match[1]), peakMb: Number(match[2]) / 1024 });
    });
  });
}

function files(count: number): string[] {
  return readdirSync(FOLDER)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .slice(0, count)
    .map((name) => path.join(FOLDER, name));
}

const fmt = (run: Run) => `${run.seconds.toFixed(2)} s, peak ${run.peakMb.toFixed(0)} MB`;

/** Prints the batch section; `pages` overrides BATCH_PAGES. */
export async function batchSection(pages = BATCH_PAGES): Promise<void> {
  if (!existsSync(FOLIO)) throw new Error('dist/cli/folio.js is missing: run `npm run build` first');
  if (!existsSync(TIME)) throw new Error(`${TIME} is missing (apt-get install time)`);
  const batch = files(pages);
  console.log(`\nbatch: ${batch.length} pages of trafilatura-dev in one call each, whole process`);
  const folio = await timed([FOLIO, 'extract', ...batch]);
  const readability = await timed([READABILITY, ...batch]);
  const single = await timed([FOLIO, 'extract', '--jobs', '1', ...batch]);
  const ratio = folio.seconds / readability.seconds;
  const rate = (run: Run) => `${(batch.length / run.seconds).toFixed(1)} pages/s`;
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
