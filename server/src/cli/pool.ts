import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CheckTask, FileResult } from './checkFile';

/** Files in flight per worker: the next file is already there when one is done. */
const IN_FLIGHT = 4;

/**
 * Checks tasks on `jobs` worker threads and hands each result on as soon as it is done. A worker
 * that dies (out of memory on a hostile file, say) costs only the file it was on: that file is
 * reported, the others it held go back in the queue, and a fresh worker takes over.
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
  const take = (): CheckTask | undefined => retry.pop() ?? (next < tasks.length ? tasks[next++] : undefined);
  const start = (): Promise<void> =>
    new Promise((resolve) => {
      const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
      const held: CheckTask[] = [];
      let finished = false;
      const fill = () => {
        for (let t = held.length < IN_FLIGHT ? take() : undefined; t; t = held.length < IN_FLIGHT ? take() : undefined) {
          held.push(t);
          worker.postMessage(t);
        }
        if (held.length === 0 && !finished) {
          finished = true;
          void worker.terminate();
          resolve();
        }
      };
      worker.on('message', (r: FileResult) => {
        const i = held.findIndex((t) => t.index === r.index);
        if (i >= 0) held.splice(i, 1);
        onResult(r);
        fill();
      });
      const died = (detail: string) => {
        if (finished) return;
        finished = true;
        const [first, ...rest] = held;
        retry.push(...rest);
        if (first) onResult(onCrash(first, detail));
        void worker.terminate();
        if (first || retry.length > 0 || next < tasks.length) void start().then(resolve);
        else resolve();
      };
      worker.on('error', (err) => died(err.message));
      worker.on('exit', (code) => died(`exit ${code}`));
      fill();
    });
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, start));
}

/** dist/cli-worker.js beside the CLI bundle; out/…/cli/worker.js beside the compiled module in tests. */
function workerScript(): string {
  const bundled = path.join(__dirname, 'cli-worker.js');
  return fs.existsSync(bundled) ? bundled : path.join(__dirname, 'worker.js');
}
