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
  await new WorkerPool(jobs, script).run(tasks, onResult, onCrash);
}

interface Lane {
  readonly worker: Worker;
  /** The index of the file the worker is on (-1 before the first). */
  readonly current: Int32Array;
  /** Tasks sent and not answered. */
  readonly held: Map<number, CheckTask>;
  batches: number;
  dead: boolean;
}

/**
 * Worker threads that can start before the files are known: `referat check folder` starts them
 * first, so they load the engine while this thread walks the folder (`start`), then `run` hands
 * them the files. Each `run` ends with the workers stopped.
 */
export class WorkerPool {
  private readonly lanes: Lane[] = [];

  constructor(
    private readonly jobs: number,
    private readonly script = workerScript(),
  ) {}

  /** Starts the workers now (each loads the engine, some tens of milliseconds). */
  start(): void {
    while (this.lanes.filter((l) => !l.dead).length < this.jobs) this.spawn();
  }

  async run(tasks: readonly CheckTask[], onResult: (r: FileResult) => void, onCrash: (t: CheckTask, detail: string) => FileResult): Promise<void> {
    let next = 0;
    let left = tasks.length;
    const retry: CheckTask[] = [];
    const workers = Math.max(1, Math.min(this.jobs, tasks.length));
    let finish!: () => void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    const deliver = (r: FileResult) => {
      onResult(r);
      if (--left === 0) finish();
    };
    const takeBatch = (): CheckTask[] => {
      if (retry.length > 0) return retry.splice(0, Math.min(retry.length, MAX_BATCH));
      const size = Math.max(1, Math.min(MAX_BATCH, Math.floor((tasks.length - next) / (workers * 4))));
      const batch = tasks.slice(next, next + size);
      next += batch.length;
      return batch;
    };
    const fill = (lane: Lane) => {
      while (!lane.dead && lane.batches < IN_FLIGHT) {
        const batch = takeBatch();
        if (batch.length === 0) break;
        for (const t of batch) lane.held.set(t.index, t);
        lane.batches++;
        lane.worker.postMessage(batch);
      }
    };
    this.onAnswer = (lane, answer) => {
      for (const r of answer.results) {
        lane.held.delete(r.index);
        deliver(r);
      }
      if (answer.batchDone) lane.batches--;
      fill(lane);
    };
    this.onDeath = (lane, detail) => {
      const on = lane.held.get(Atomics.load(lane.current, 0)) ?? lane.held.values().next().value;
      if (on) lane.held.delete(on.index);
      retry.push(...lane.held.values());
      lane.held.clear();
      if (on) deliver(onCrash(on, detail));
      // A fresh worker for the files that are left (each death costs a file, so this ends).
      if (left > 0 && (retry.length > 0 || next < tasks.length)) fill(this.spawn());
    };
    if (tasks.length > 0) {
      while (this.lanes.filter((l) => !l.dead).length < workers) this.spawn();
      for (const lane of this.lanes) fill(lane);
      await done;
    }
    this.stop();
  }

  private onAnswer?: (lane: Lane, answer: WorkerAnswer) => void;
  private onDeath?: (lane: Lane, detail: string) => void;

  private spawn(): Lane {
    const shared = new SharedArrayBuffer(4);
    const current = new Int32Array(shared);
    current[0] = -1;
    const data: WorkerData = { current: shared };
    const worker = new Worker(this.script, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    const lane: Lane = { worker, current, held: new Map(), batches: 0, dead: false };
    this.lanes.push(lane);
    worker.on('message', (answer: WorkerAnswer) => this.onAnswer?.(lane, answer));
    const died = (detail: string) => {
      if (lane.dead) return;
      lane.dead = true;
      this.lanes.splice(this.lanes.indexOf(lane), 1);
      void worker.terminate();
      this.onDeath?.(lane, detail);
    };
    worker.on('error', (err) => died(err.message));
    worker.on('exit', (code) => died(`exit ${code}`));
    return lane;
  }

  /** Stops every worker (idle ones included: a warm pool that got too few files). */
  stop(): void {
    for (const lane of this.lanes.splice(0)) {
      lane.dead = true;
      void lane.worker.terminate();
    }
    this.onAnswer = undefined;
    this.onDeath = undefined;
  }
}

/** dist/cli-worker.js beside the CLI bundle; out/…/cli/worker.js beside the compiled module in tests. */
function workerScript(): string {
  const bundled = path.join(__dirname, 'cli-worker.js');
  return fs.existsSync(bundled) ? bundled : path.join(__dirname, 'worker.js');
}
