import { parentPort } from 'node:worker_threads';
import { CheckTask, checkFile, readTask } from './checkFile';

/**
 * Worker entry (bundled as dist/cli-worker.js): analyses the files it is sent one at a time, in
 * the order they came (the pool relies on that: when a worker dies, the oldest file it holds is
 * the one it was on), and answers each with its result. Reading starts as soon as a file arrives,
 * so the next files are read while one is analysed. The engine loads once per worker.
 */
let chain: Promise<void> = Promise.resolve();
parentPort?.on('message', (task: CheckTask) => {
  const read = readTask(task);
  read.catch(() => undefined); // readInput never rejects; this only keeps a rejection from being unhandled
  chain = chain.then(() => checkFile(task, undefined, read).then((result) => parentPort!.postMessage(result)));
});
