/**
 * Timing with warm-up and many samples: each sample times a batch of runs long enough for the
 * clock to be exact, and the result is the median time per run. The median, not the mean, so one
 * GC pause or a scheduler hiccup does not move the figure.
 */
export interface Timing {
  /** Median CPU milliseconds per run (user + system, all threads: GC helpers included). */
  readonly ms: number;
  /** Median wall-clock milliseconds per run. */
  readonly wallMs: number;
  readonly samples: number;
  readonly runsPerSample: number;
}

export interface MeasureOptions {
  /** Stop sampling after this many milliseconds (at least `minSamples` are always taken). */
  readonly budgetMs?: number;
  readonly minSamples?: number;
  readonly maxSamples?: number;
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
/**
 * CPU time, not wall-clock, is what the ratios use: on a shared machine (other processes, two
 * cores) wall-clock time mostly measures waiting for a core; CPU time measures the work.
 */
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export function measure(fn: () => unknown, options: MeasureOptions = {}): Timing {
  const { budgetMs = 1500, minSamples = 5, maxSamples = 41 } = options;
  // Warm-up: let the JIT optimise the code paths this input takes.
  const warmStart = now();
  let once = 0;
  for (let i = 0; i < 3 || now() - warmStart < Math.min(300, budgetMs / 4); i++) {
    const t = now();
    sink(fn());
    once = now() - t;
  }
  // Batch size: enough runs that one sample takes about 10 ms (CPU time has µs resolution).
  const runsPerSample = Math.max(1, Math.min(10_000, Math.ceil(10 / Math.max(once, 1e-4))));
  const samples: number[] = [];
  const walls: number[] = [];
  const start = now();
  while (samples.length < maxSamples && (samples.length < minSamples || now() - start < budgetMs)) {
    const t = now();
    const c = cpu();
    for (let r = 0; r < runsPerSample; r++) sink(fn());
    samples.push((cpu() - c) / runsPerSample);
    walls.push((now() - t) / runsPerSample);
  }
  return { ms: median(samples), wallMs: median(walls), samples: samples.length, runsPerSample };
}

/** Keeps results observable so the optimiser cannot drop the work. */
let sunk = 0;
function sink(x: unknown): void {
  if (x === sunk) sunk++;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}
