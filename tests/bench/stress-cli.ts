// The `folio` command section of `npm run bench:stress`: each stress page through the built command,
// timed whole-process (startup included) with /usr/bin/time, best of a few runs, with peak memory.
// Issue 15's targets: each stress page within 2 s, a small page within 0.35 s, peak memory within
// 400 MB. Other work on the machine slows the wall clock: the CPU time and load are printed beside it.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StressPage } from '../stress/generate';
import { type ProcessRun, TIME, timeProcess } from './time-process';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FOLIO = path.join(ROOT, 'dist/cli/folio.js');
const RUNS = 3;
const TARGET_PAGE_S = 2;
/** The small page of the target: "rtl" is a short article (1.6 KB). */
const SMALL_PAGE = 'rtl';
const TARGET_SMALL_S = 0.35;
const TARGET_PEAK_MB = 400;

const timed = (file: string): Promise<ProcessRun> => timeProcess([FOLIO, 'extract', file], ROOT);

/** Prints the section and returns whether every target was met. */
export async function cliSection(pages: StressPage[]): Promise<boolean> {
  if (!existsSync(FOLIO) || !existsSync(TIME)) {
    console.log('\nfolio command: skipped (needs dist/cli/folio.js and /usr/bin/time)');
    return true;
  }
  console.log(
    `\nfolio command, whole process (best wall of ${RUNS}; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores)`,
  );
  console.log(`${'page'.padEnd(26)}${'wall'.padStart(9)}${'CPU'.padStart(9)}${'peak'.padStart(10)}  target`);
  let ok = true;
  for (const page of pages) {
    const runs: ProcessRun[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timed(page.file));
    const best = runs.reduce((a, b) => (b.wall < a.wall ? b : a));
    const peak = Math.max(...runs.map((run) => run.peakMb));
    const limit = page.name === SMALL_PAGE ? TARGET_SMALL_S : TARGET_PAGE_S;
    const pass = best.wall <= limit && peak <= TARGET_PEAK_MB;
    ok &&= pass;
    console.log(
      `${page.name.padEnd(26)}${`${best.wall.toFixed(2)} s`.padStart(9)}${`${best.cpu.toFixed(2)} s`.padStart(9)}${`${peak.toFixed(0)} MB`.padStart(10)}  ${pass ? 'PASS' : 'FAIL'} (<= ${limit} s, <= ${TARGET_PEAK_MB} MB)`,
    );
  }
  return ok;
}
