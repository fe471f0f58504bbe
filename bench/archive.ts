import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { syntheticMinutes } from '../test/support/synthetic';
import { ROOT } from './docs';

/** One way of running `referat check` on the folder: the best of its runs. */
export interface ArchiveRun {
  readonly filesPerSecond: number;
  /** CPU time of the whole process, every thread (user + system), in seconds; Linux only. */
  readonly cpuSeconds?: number;
}

export interface ArchiveResult {
  readonly files: number;
  readonly bytes: number;
  /** `--jobs 1`: checked in the CLI's own thread. */
  readonly inThread: ArchiveRun;
  /** One worker thread (`REFERAT_POOL=1 --jobs 1`): the pool's path, one core analysing. */
  readonly oneWorker: ArchiveRun;
  /** A worker per core (`--jobs <cores>`). */
  readonly allCores: ArchiveRun;
  readonly cores: number;
  readonly rounds: number;
}

/**
 * `referat check` on a folder of generated minutes (10,000 by default; `--quick` 1,000), run as a
 * user runs it (the bundled CLI with its launcher's node flags, JSON to /dev/null): files per
 * second in the CLI's thread, on one worker thread and on a worker per core, the best of three
 * rounds each (the rounds interleave the three, so a busy moment of the machine hits all alike),
 * with the CPU time the run took. One worker against all cores is the same code path, so their
 * ratio is what the cores give. Small minutes of 3–6 items, a few with a table, so the
 * 10,000-file part takes seconds, not minutes; each file differs (seeded) so nothing is cached.
 */
export function archiveBench(quick: boolean, files = quick ? 1000 : 10_000, rounds = 3): ArchiveResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-archive-'));
  try {
    let bytes = 0;
    for (let i = 0; i < files; i++) {
      const sub = path.join(dir, `udvalg-${i % 20}`);
      if (i < 20) fs.mkdirSync(sub);
      const text = syntheticMinutes({ items: 3 + (i % 4), tableRows: i % 5 === 0 ? 6 : 0, markdown: i % 2 === 0, seed: i + 1 });
      bytes += Buffer.byteLength(text);
      fs.writeFileSync(path.join(sub, `m${i}.referat.${i % 2 === 0 ? 'md' : 'txt'}`), text);
    }
    const bin = path.join(ROOT, 'bin/referat.js');
    // The launcher's flags (`#!/usr/bin/env -S node --max-semi-space-size=48`): what `referat` runs with.
    const flags = (/^#!.*?\bnode\b(.*)$/mu.exec(fs.readFileSync(bin, 'utf8').split('\n')[0]!)?.[1] ?? '').trim().split(/\s+/u).filter(Boolean);
    const run = (jobs: number, pool: boolean): ArchiveRun => {
      const cpu0 = childCpuSeconds();
      const t = process.hrtime.bigint();
      const env = { ...process.env, REFERAT_POOL: pool ? '1' : '' };
      const r = spawnSync(process.execPath, [...flags, bin, 'check', '--quiet', '--format', 'json', '--jobs', String(jobs), dir], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env });
      if (r.status !== 0 && r.status !== 1) throw new Error(`referat check failed (${r.status}): ${r.stderr}`);
      const seconds = Number(process.hrtime.bigint() - t) / 1e9;
      const cpu1 = childCpuSeconds();
      return { filesPerSecond: files / seconds, cpuSeconds: cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : undefined };
    };
    const cores = os.availableParallelism();
    const ways = { inThread: [1, false], oneWorker: [1, true], allCores: [cores, false] } as const;
    const best: Record<keyof typeof ways, ArchiveRun[]> = { inThread: [], oneWorker: [], allCores: [] };
    for (let k = 0; k < rounds; k++) for (const [name, [jobs, pool]] of Object.entries(ways) as [keyof typeof ways, readonly [number, boolean]][]) best[name].push(run(jobs, pool));
    const pick = (runs: ArchiveRun[]): ArchiveRun => ({
      filesPerSecond: Math.max(...runs.map((r) => r.filesPerSecond)),
      cpuSeconds: runs.every((r) => r.cpuSeconds !== undefined) ? Math.min(...runs.map((r) => r.cpuSeconds!)) : undefined,
    });
    return { files, bytes, inThread: pick(best.inThread), oneWorker: pick(best.oneWorker), allCores: pick(best.allCores), cores, rounds };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** CPU seconds of the children this process has waited for (Linux: /proc/self/stat cutime + cstime). */
function childCpuSeconds(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // fields 16 and 17 of stat(5), in clock ticks (100 a second on Linux)
  } catch {
    return undefined;
  }
}

/** The archive figures as the bench prints them. */
export function describeArchive(a: ArchiveResult, fmt: (n: number, digits?: number) => string): string[] {
  const one = (r: ArchiveRun) => `${fmt(r.filesPerSecond, 0)} files/s${r.cpuSeconds !== undefined ? ` (CPU ${fmt(r.cpuSeconds, 1)} s)` : ''}`;
  return [
    `  in the CLI's thread (--jobs 1) ${one(a.inThread)}; one worker thread ${one(a.oneWorker)}; ${a.cores} worker threads (a worker per core) ${one(a.allCores)}`,
    `  a worker per core ÷ one worker: ${fmt(a.allCores.filesPerSecond / a.oneWorker.filesPerSecond)}× (÷ in-thread: ${fmt(a.allCores.filesPerSecond / a.inThread.filesPerSecond)}×); best of ${a.rounds} rounds each`,
  ];
}

if (require.main === module) {
  // `node out/bench/archive.js [--quick]`: this part of `npm run bench` alone.
  const a = archiveBench(process.argv.includes('--quick'));
  const fmt = (n: number, digits = 2) => n.toFixed(digits);
  console.log(`referat check on a folder of ${a.files} generated minutes (${fmt(a.bytes / 1024 / 1024, 1)} MB; whole CLI runs, start included; load ${os.loadavg()[0]!.toFixed(1)})`);
  for (const l of describeArchive(a, fmt)) console.log(l);
}
