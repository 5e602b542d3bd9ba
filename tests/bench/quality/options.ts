// Command-line options of `npm run bench:quality`.
import os from 'node:os';
import type { Half } from './fundus-halves';
import type { SystemName } from './systems';

export const USAGE = `npm run bench:quality -- [options]
  --only scrapinghub|fundus|trafilatura|readability|seed|detection   one section
  --half dev|check     fundus-dev: one half by publisher (implies --only fundus unless --only is given)
  --page ID-PART       only pages whose id contains ID-PART
  --worst N            list the N worst pages per section (default 5; fundus: the dev half's unless --half check)
  --snippets           trafilatura-dev: every page's missed "with" and kept "without" snippets (Folio)
  --folio-only         Folio alone (no Readability): quicker, and what the gate runs
  --defuddle           add Defuddle beside Readability (cached; missing pages are run first)
  --defuddle-jobs N    worker processes for the missing Defuddle pages (default 1; 0: use the cache only)
  --defuddle-cached    only the pages Defuddle's cache has (every system on the same pages)
  --jobs N             worker processes for scoring pages (default: the machine's cores)
  --systems LIST       exactly these systems, e.g. defuddle or folio,readability (overrides the above)
  --check              CI's gate: compare with tests/bench/quality-baseline.json
  --write-baseline     rewrite the baseline from this run`;

export interface Options {
  only: string | null;
  half: Half | null;
  worst: number;
  snippets: boolean;
  check: boolean;
  writeBaseline: boolean;
  page: string | null;
  folioOnly: boolean;
  defuddle: boolean;
  defuddleJobs: number;
  jobs: number;
  systems: SystemName[] | null;
  defuddleCached: boolean;
}

export function parseArgs(argv: string[]): Options {
  const opts: Options = {
    only: null,
    half: null,
    worst: 5,
    snippets: false,
    check: false,
    writeBaseline: false,
    page: null,
    folioOnly: false,
    defuddle: false,
    defuddleJobs: 1,
    jobs: os.availableParallelism(),
    systems: null,
    defuddleCached: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--only') opts.only = argv[++i] ?? null;
    else if (a === '--half') {
      const half = argv[++i];
      if (half !== 'dev' && half !== 'check') throw new Error(`--half wants dev or check\n${USAGE}`);
      opts.half = half;
    } else if (a === '--worst') opts.worst = Number(argv[++i] ?? 5);
    else if (a === '--snippets') opts.snippets = true;
    else if (a === '--check') opts.check = true;
    else if (a === '--write-baseline') opts.writeBaseline = true;
    else if (a === '--page') opts.page = argv[++i] ?? null;
    else if (a === '--seed') opts.only = 'seed';
    else if (a === '--folio-only') opts.folioOnly = true;
    else if (a === '--defuddle') opts.defuddle = true;
    else if (a === '--defuddle-cached') opts.defuddleCached = true;
    else if (a === '--defuddle-jobs') opts.defuddleJobs = Math.max(0, Number(argv[++i] ?? 1));
    else if (a === '--jobs') opts.jobs = Math.max(1, Number(argv[++i] ?? 1));
    else if (a === '--systems') {
      const list = (argv[++i] ?? '').split(',');
      if (!list.every((x) => x === 'folio' || x === 'readability' || x === 'defuddle'))
        throw new Error(`--systems wants folio, readability and/or defuddle\n${USAGE}`);
      opts.systems = list as SystemName[];
      if (list.includes('defuddle')) opts.defuddle = true;
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  if (opts.half && !opts.only) opts.only = 'fundus';
  return opts;
}

export function systemsFor(opts: Options): SystemName[] {
  if (opts.systems) return opts.systems;
  const systems: SystemName[] = ['folio'];
  if (!opts.folioOnly) systems.push('readability');
  if (opts.defuddle) systems.push('defuddle');
  return systems;
}
