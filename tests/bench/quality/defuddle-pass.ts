// Fills the Defuddle cache for the pages that lack an entry, in worker processes with a time limit per
// page (a page past it is recorded as a timeout: left out of the tables and tried again next run). Alone, for one background
// pass: `npx tsx tests/bench/quality/defuddle-pass.ts [--jobs N] [--set SET]`.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type CorpusPage, type CorpusSet, corpusPages, REPO_ROOT } from '../corpus-pages';
import { CACHE_DIR, pageKey, readCached, TIMEOUT_ERROR, writeCached } from './defuddle-cache';
import { pageHtml } from './pages';

const WORKER = fileURLToPath(new URL('./defuddle-worker.ts', import.meta.url));
/**
 * Defuddle takes 1–4 s a page here, up to 20 s on the largest fundus pages when the two cores are
 * shared with other jobs; beyond this it is stuck, not slow.
 */
export const DEFUDDLE_TIMEOUT_MS = 60_000;
/** Loading tsx, jsdom and Defuddle in a fresh worker, on the same busy machine. */
const WORKER_START_MS = 120_000;
/** The sets the quality tables show Defuddle on. */
export const DEFUDDLE_SETS: CorpusSet[] = ['scrapinghub-dev', 'fundus-dev', 'trafilatura-dev'];

interface Pending {
  page: CorpusPage;
  key: string;
}

function missing(pages: CorpusPage[]): Pending[] {
  const out: Pending[] = [];
  for (const page of pages) {
    const key = pageKey(page.url, pageHtml(page));
    const cached = readCached(key);
    if (!cached || cached.error === TIMEOUT_ERROR) out.push({ page, key });
  }
  return out;
}

/** A worker that has loaded its modules, or null when it did not come up in time. */
function startWorker(): Promise<ChildProcess | null> {
  const child = fork(WORKER, [], {
    cwd: REPO_ROOT,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, WORKER_START_MS);
    child.once('message', () => {
      clearTimeout(timer);
      resolve(child);
    });
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

/** Runs one lane: pages one at a time on one worker, restarted after a timeout or a crash. */
async function lane(queue: Pending[], timeoutMs: number, done: () => void): Promise<void> {
  let child: ChildProcess | null = null;
  for (let item = queue.shift(); item; item = queue.shift()) {
    const current = item;
    child ??= await startWorker();
    if (!child) throw new Error('Defuddle worker did not start');
    const worker: ChildProcess = child;
    const ok = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      const finish = (value: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        resolve(value);
      };
      const onMessage = (msg: { ok: boolean }) => finish(msg.ok);
      const onExit = () => finish(false);
      worker.on('message', onMessage);
      worker.on('exit', onExit);
      worker.send(current.page);
    });
    if (!ok) {
      worker.kill('SIGKILL');
      child = null;
      const cached = readCached(current.key);
      if (!cached || cached.error === TIMEOUT_ERROR)
        writeCached(current.key, {
          title: '',
          author: '',
          published: '',
          content: '',
          ms: timeoutMs,
          error: TIMEOUT_ERROR,
        });
    }
    done();
  }
  child?.kill();
}

export async function ensureDefuddle(
  pages: CorpusPage[],
  opts: { jobs: number; timeoutMs?: number },
): Promise<void> {
  const queue = missing(pages);
  if (!queue.length) return;
  const total = queue.length;
  let finished = 0;
  const started = Date.now();
  console.log(`Defuddle: ${total} page(s) not cached yet, ${opts.jobs} worker(s), cache ${CACHE_DIR}`);
  const done = () => {
    finished++;
    if (finished % 25 === 0 || finished === total)
      console.log(`Defuddle: ${finished}/${total} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  };
  await Promise.all(
    Array.from({ length: Math.max(1, opts.jobs) }, () =>
      lane(queue, opts.timeoutMs ?? DEFUDDLE_TIMEOUT_MS, done),
    ),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const at = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = at('--set');
  const pages = DEFUDDLE_SETS.filter((s) => !only || s === only).flatMap((s) => corpusPages(s));
  await ensureDefuddle(pages, { jobs: Number(at('--jobs') ?? 1) });
}
