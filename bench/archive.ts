import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { syntheticMinutes } from '../test/support/synthetic';
import { ROOT } from './docs';

export interface ArchiveResult {
  readonly files: number;
  readonly bytes: number;
  readonly oneWorker: number;
  readonly allCores: number;
  readonly cores: number;
}

/**
 * `referat check` on a folder of generated minutes (10,000 by default; `--quick` 1,000), run as a
 * user runs it (the bundled CLI, JSON to /dev/null): files per second on one thread (`--jobs 1`)
 * and on every core (worker threads). Small minutes of 3–6 items, a few with a table, so the
 * 10,000-file part takes seconds, not minutes; each file differs (seeded) so nothing is cached.
 */
export function archiveBench(quick: boolean, files = quick ? 1000 : 10_000): ArchiveResult {
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
    const cli = path.join(ROOT, 'bin/referat.js');
    const run = (jobs: number): number => {
      const t = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [cli, 'check', '--quiet', '--format', 'json', '--jobs', String(jobs), dir], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      if (r.status !== 0 && r.status !== 1) throw new Error(`referat check failed (${r.status}): ${r.stderr}`);
      return files / (Number(process.hrtime.bigint() - t) / 1e9);
    };
    const cores = os.availableParallelism();
    return { files, bytes, oneWorker: run(1), allCores: run(cores), cores };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
