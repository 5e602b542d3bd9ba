// The worker pool behind `folio extract --jobs N` (src/cli/worker-pool.ts), with stand-in workers:
// results come back in task order whatever order the workers finish in, and a worker that dies
// costs only its own task.
import { describe, expect, it } from 'vitest';
import type { InputOutcome } from '../../src/cli/extract-input';
import { runPool } from '../../src/cli/worker-pool';

/** A worker as a data: URL; it answers each task after `delay(spec)` ms, or dies on "crash". */
const workerUrl = new URL(
  `data:text/javascript,${encodeURIComponent(`
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (task) => {
  if (task.spec === 'crash') throw new Error('worker lost');
  const wait = Number(task.spec.split(':')[1] ?? 0);
  setTimeout(() => parentPort.postMessage({ id: task.id, outcome: { ok: true, result: { isArticle: false, reason: 'no-content', message: task.spec } } }), wait);
});`)}`,
);

const tasks = (specs: string[]) => specs.map((spec) => ({ spec, url: null, timeBudgetMs: 1000 }));

async function collect(specs: string[], jobs: number): Promise<Array<[number, InputOutcome]>> {
  const seen: Array<[number, InputOutcome]> = [];
  await runPool(tasks(specs), jobs, workerUrl, (index, outcome) => seen.push([index, outcome]));
  return seen;
}

describe('runPool', () => {
  it('hands results back in task order when later tasks finish first', async () => {
    const specs = ['a:120', 'b:0', 'c:60', 'd:0', 'e:10'];
    const seen = await collect(specs, 3);
    expect(seen.map(([index]) => index)).toEqual([0, 1, 2, 3, 4]);
    expect(
      seen.map(([, outcome]) =>
        outcome.ok ? outcome.result.isArticle === false && outcome.result.message : '',
      ),
    ).toEqual(specs);
  });

  it('reports a task whose worker died and goes on with a fresh worker', async () => {
    const seen = await collect(['a:0', 'crash', 'b:0', 'c:0'], 1);
    expect(seen.map(([index]) => index)).toEqual([0, 1, 2, 3]);
    expect(seen[1]![1]).toEqual({ ok: false, message: 'crash: worker failed: worker lost' });
    expect(seen.filter(([, outcome]) => outcome.ok)).toHaveLength(3);
  });

  it('finishes at once with no tasks and never starts more workers than tasks', async () => {
    expect(await collect([], 4)).toEqual([]);
    expect(await collect(['only:0'], 8)).toHaveLength(1);
  });
});
