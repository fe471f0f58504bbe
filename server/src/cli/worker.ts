import { parentPort } from 'node:worker_threads';
import { CheckTask, checkFile } from './checkFile';

/**
 * Worker entry (bundled as dist/cli-worker.js): checks one file per message and answers with its
 * result. The engine is loaded once per worker; configurations are resolved once per worker.
 */
parentPort?.on('message', (task: CheckTask) => {
  void checkFile(task).then((result) => parentPort!.postMessage(result));
});
