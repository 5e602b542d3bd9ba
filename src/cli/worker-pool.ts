// `folio extract --jobs N`: inputs spread over N worker threads, results handed back in input order.
// Each worker takes the next input as soon as it is free, so one slow page holds up one worker only;
// a worker that dies (out of memory on a hostile page) costs its one input, and a fresh worker
// takes its place.
import { Worker } from 'node:worker_threads';
import type { SiteRule } from '../core/types';
import type { InputOutcome } from './extract-input';

/** What the main thread sends a worker: one input to read and extract. */
export interface WorkerTask {
  id: number;
  spec: string;
  url: string | null;
  timeBudgetMs: number;
  rules?: SiteRule[];
}

/** What a worker sends back. */
export interface WorkerReply {
  id: number;
  outcome: InputOutcome;
}

/**
 * Runs every task on `jobs` workers started from `workerUrl`; `onOutcome` is called once per task,
 * in task order (a finished task waits for the ones before it).
 */
export function runPool(
  tasks: readonly Omit<WorkerTask, 'id'>[],
  jobs: number,
  workerUrl: URL,
  onOutcome: (index: number, outcome: InputOutcome) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const done = new Map<number, InputOutcome>();
    let next = 0;
    let flushed = 0;
    let live = 0;
    const flush = () => {
      while (done.has(flushed)) {
        const outcome = done.get(flushed)!;
        done.delete(flushed);
        onOutcome(flushed, outcome);
        flushed++;
      }
      if (flushed === tasks.length && live === 0) resolve();
    };
    const finish = (id: number, outcome: InputOutcome) => {
      done.set(id, outcome);
      flush();
    };
    const start = () => {
      const worker = new Worker(workerUrl);
      let current: number | null = null;
      live++;
      const feed = () => {
        if (next >= tasks.length) {
          current = null;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ id: current, ...tasks[current]! } satisfies WorkerTask);
      };
      worker.on('message', (reply: WorkerReply) => {
        finish(reply.id, reply.outcome);
        feed();
      });
      worker.on('error', (error) => {
        if (current !== null) {
          const spec = tasks[current]!.spec;
          finish(current, { ok: false, message: `${spec}: worker failed: ${error.message}` });
          current = null;
        }
      });
      worker.on('exit', () => {
        live--;
        // A worker lost mid-task (its error already reported that task): carry on with a new one.
        if (next < tasks.length) start();
        else flush();
      });
      feed();
    };
    const count = Math.max(1, Math.min(jobs, tasks.length));
    if (tasks.length === 0) resolve();
    for (let i = 0; i < count; i++) start();
  });
}
