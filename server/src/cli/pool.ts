import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CheckTask, FileResult } from './checkFile';

/**
 * Checks tasks on `jobs` worker threads, one file per message, and hands each result on as soon
 * as it is done. A worker that dies (out of memory on a hostile file, say) costs only the file it
 * was on: that file is reported and a fresh worker takes over.
 */
export async function runInWorkers(tasks: readonly CheckTask[], jobs: number, onResult: (r: FileResult) => void, onCrash: (t: CheckTask, detail: string) => FileResult): Promise<void> {
  const script = workerScript();
  let next = 0;
  const start = (): Promise<void> =>
    new Promise((resolve) => {
      const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
      let current: CheckTask | undefined;
      const feed = () => {
        if (next >= tasks.length) {
          current = undefined;
          void worker.terminate();
          resolve();
          return;
        }
        current = tasks[next++]!;
        worker.postMessage(current);
      };
      worker.on('message', (r: FileResult) => {
        onResult(r);
        feed();
      });
      const died = (detail: string) => {
        if (!current) return;
        const t = current;
        current = undefined;
        onResult(onCrash(t, detail));
        void worker.terminate();
        void start().then(resolve);
      };
      worker.on('error', (err) => died(err.message));
      worker.on('exit', (code) => died(`exit ${code}`));
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, start));
}

/** dist/cli-worker.js beside the CLI bundle; out/…/cli/worker.js beside the compiled module in tests. */
function workerScript(): string {
  const bundled = path.join(__dirname, 'cli-worker.js');
  return fs.existsSync(bundled) ? bundled : path.join(__dirname, 'worker.js');
}
