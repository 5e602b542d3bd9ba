// A `folio extract --jobs N` worker thread (worker-pool.ts): reads and extracts the inputs it is sent.
import { parentPort } from 'node:worker_threads';
import { extractInput } from './extract-input';
import type { WorkerReply, WorkerTask } from './worker-pool';

const port = parentPort;
if (port) {
  port.on('message', (task: WorkerTask) => {
    void extractInput(task.spec, task.url, task.timeBudgetMs, task.rules).then((outcome) => {
      port.postMessage({ id: task.id, outcome } satisfies WorkerReply);
    });
  });
}
