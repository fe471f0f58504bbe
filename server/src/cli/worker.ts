import { parentPort, workerData } from 'node:worker_threads';
import { CheckTask, FileResult, checkFile } from './checkFile';
import type { WorkerAnswer, WorkerData } from './pool';

/**
 * Worker entry (bundled as dist/cli-worker.js), the other half of the protocol in pool.ts: checks
 * the batches it is sent one file at a time, in the order they came, says which file it is on in
 * the shared slot, and answers with the results when a batch is done (sooner when files are slow).
 * The engine loads once per worker.
 */

/** A batch's results go back at the latest after this long, so progress moves on slow files. */
const ANSWER_EVERY_MS = 200;

const current = new Int32Array((workerData as WorkerData).current);
const queue: CheckTask[][] = [];
let running = false;

parentPort?.on('message', (batch: CheckTask[]) => {
  queue.push(batch);
  if (!running) void run();
});

async function run(): Promise<void> {
  running = true;
  for (let batch = queue.shift(); batch; batch = queue.shift()) {
    let results: FileResult[] = [];
    let since = performance.now();
    for (let i = 0; i < batch.length; i++) {
      const task = batch[i]!;
      Atomics.store(current, 0, task.index);
      results.push(await checkFile(task));
      const last = i === batch.length - 1;
      if (last || performance.now() - since > ANSWER_EVERY_MS) {
        const answer: WorkerAnswer = { results, batchDone: last };
        parentPort!.postMessage(answer);
        results = [];
        since = performance.now();
      }
    }
  }
  running = false;
}
