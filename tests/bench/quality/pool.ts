// Scores a section's pages in worker processes: jsdom work is single-threaded, and CI's gate has two
// cores. Each worker takes a slice of the page list (the same list, built the same way in both
// processes) and prints one JSON line per page; a fresh worker every PAGES_PER_WORKER pages keeps
// jsdom's per-window memory from piling up.
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../corpus-pages';
import { onJsonLines } from '../json-lines';
import type { Half } from './fundus-halves';
import type { PageFilter } from './section';
import { PAGE_SECTIONS } from './sections';
import type { SystemName } from './systems';

const SELF = fileURLToPath(import.meta.url);
const PAGES_PER_WORKER = 40;

interface Line {
  index: number;
  record: unknown;
}

export interface PoolOptions {
  jobs: number;
  filter: PageFilter;
  systems: SystemName[];
}

function runSlice(
  section: string,
  from: number,
  to: number,
  opts: PoolOptions,
  out: unknown[],
): Promise<void> {
  const args = [SELF, '--worker', section, '--from', String(from), '--to', String(to)];
  args.push('--systems', opts.systems.join(','));
  if (opts.filter.id) args.push('--filter', opts.filter.id);
  if (opts.filter.half) args.push('--half', opts.filter.half);
  if (opts.filter.defuddleCached) args.push('--defuddle-cached');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    onJsonLines<Line>(child.stdout, (line) => {
      out[line.index] = line.record;
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${section} pages ${from}-${to}: worker exit ${code}`)),
    );
  });
}

/** The section's records in page order. With one job the pages are scored in this process. */
export async function scorePages<R>(section: string, opts: PoolOptions): Promise<R[]> {
  const sec = PAGE_SECTIONS[section]!;
  const count = sec.pages(opts.filter).length;
  const out: unknown[] = new Array(count);
  if (opts.jobs <= 1 || count <= PAGES_PER_WORKER / 2) {
    sec.pages(opts.filter).forEach((page, i) => {
      out[i] = sec.evaluate(page, opts.systems);
    });
    return out as R[];
  }
  const slices: [number, number][] = [];
  const size = Math.min(PAGES_PER_WORKER, Math.ceil(count / opts.jobs));
  for (let from = 0; from < count; from += size) slices.push([from, Math.min(count, from + size)]);
  let next = 0;
  await Promise.all(
    Array.from({ length: opts.jobs }, async () => {
      while (next < slices.length) {
        const [from, to] = slices[next++]!;
        await runSlice(section, from, to, opts, out);
      }
    }),
  );
  return out as R[];
}

function worker(argv: string[]): void {
  const at = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sec = PAGE_SECTIONS[at('--worker') ?? '']!;
  const systems = (at('--systems') ?? 'folio').split(',') as SystemName[];
  const from = Number(at('--from'));
  const filter = {
    id: at('--filter') ?? null,
    half: (at('--half') as Half | undefined) ?? null,
    defuddleCached: argv.includes('--defuddle-cached'),
  };
  const pages = sec.pages(filter).slice(from, Number(at('--to')));
  pages.forEach((page, i) => {
    process.stdout.write(`${JSON.stringify({ index: from + i, record: sec.evaluate(page, systems) })}\n`);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv.includes('--worker'))
  worker(process.argv.slice(2));
