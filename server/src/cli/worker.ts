import { parentPort } from 'node:worker_threads';
import { CheckTask, checkFile } from './checkFile';

/**
 * Worker entry (bundled as dist/cli-worker.js): checks the files it is sent one at a time, in the
 * order they came (the pool relies on that: when a worker dies, the oldest file it holds is the
 * one it was on), and answers each with its result. The engine loads once per worker.
 */
let chain: Promise<void> = Promise.resolve();
parentPort?.on('message', (task: CheckTask) => {
  chain = chain.then(() => checkFile(task).then((result) => parentPort!.postMessage(result)));
});
