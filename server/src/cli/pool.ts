import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CheckTask, FileResult } from './checkFile';

/**
 * The protocol between the pool and a worker (server/src/cli/worker.ts):
 * - the pool sends batches of tasks (`CheckTask[]`), the files of a batch next to each other;
 * - the worker checks them one at a time, in the order they came, and answers with the results
 *   (`WorkerAnswer`): when a batch is done, and sooner when a file takes long, so progress and
 *   streamed output keep moving on slow files (a big PDF);
 * - before each file the worker writes the file's index into `workerData.current` (an Int32Array
 *   on shared memory): when a worker dies, that is the file it was on.
 * One message per file cost more than the file: each one woke the main thread and both cores
 * passed the turn back and forth (see docs/performance.md).
 */
export interface WorkerData {
  readonly current: SharedArrayBuffer;
}

export interface WorkerAnswer {
  readonly results: readonly FileResult[];
  /** The last file of a batch is among the results. */
  readonly batchDone: boolean;
}

/** Largest batch: 64 small minutes are some 20 ms of work. */
const MAX_BATCH = 64;
/** Batches in flight per worker: the next one is there when one is done. */
const IN_FLIGHT = 2;

/**
 * Checks tasks on `jobs` worker threads and hands each result on as soon as its batch comes back.
 * Batches shrink as the queue empties (a share of what is left per worker), so the workers finish
 * together. A worker that dies (out of memory on a hostile file, say) costs only the file it was
 * on: that file is reported, the others it held go back in the queue, and a fresh worker takes over.
 */
export async function runInWorkers(
  tasks: readonly CheckTask[],
  jobs: number,
  onResult: (r: FileResult) => void,
  onCrash: (t: CheckTask, detail: string) => FileResult,
  script = workerScript(),
): Promise<void> {
  let next = 0;
  const retry: CheckTask[] = [];
  const workers = Math.max(1, Math.min(jobs, tasks.length));
  const takeBatch = (): CheckTask[] => {
    if (retry.length > 0) return retry.splice(0, Math.min(retry.length, MAX_BATCH));
    const left = tasks.length - next;
    const size = Math.max(1, Math.min(MAX_BATCH, Math.floor(left / (workers * 4))));
    const batch = tasks.slice(next, next + size);
    next += batch.length;
    return batch;
  };
  const start = (): Promise<void> =>
    new Promise((resolve) => {
      const current = new SharedArrayBuffer(4);
      const now = new Int32Array(current);
      now[0] = -1;
      const data: WorkerData = { current };
      const worker = new Worker(script, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
      /** Tasks sent and not answered, in the order sent. */
      const held = new Map<number, CheckTask>();
      let batches = 0;
      let finished = false;
      const fill = () => {
        while (batches < IN_FLIGHT) {
          const batch = takeBatch();
          if (batch.length === 0) break;
          for (const t of batch) held.set(t.index, t);
          batches++;
          worker.postMessage(batch);
        }
        if (held.size === 0 && !finished) {
          finished = true;
          void worker.terminate();
          resolve();
        }
      };
      worker.on('message', (answer: WorkerAnswer) => {
        for (const r of answer.results) {
          held.delete(r.index);
          onResult(r);
        }
        if (answer.batchDone) batches--;
        fill();
      });
      const died = (detail: string) => {
        if (finished) return;
        finished = true;
        const on = held.get(Atomics.load(now, 0)) ?? held.values().next().value;
        if (on) held.delete(on.index);
        retry.push(...held.values());
        if (on) onResult(onCrash(on, detail));
        void worker.terminate();
        if (retry.length > 0 || next < tasks.length) void start().then(resolve);
        else resolve();
      };
      worker.on('error', (err) => died(err.message));
      worker.on('exit', (code) => died(`exit ${code}`));
      fill();
    });
  await Promise.all(Array.from({ length: workers }, start));
}

/** dist/cli-worker.js beside the CLI bundle; out/…/cli/worker.js beside the compiled module in tests. */
function workerScript(): string {
  const bundled = path.join(__dirname, 'cli-worker.js');
  return fs.existsSync(bundled) ? bundled : path.join(__dirname, 'worker.js');
}
