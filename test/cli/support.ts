import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { WINDOWS_1252 } from '../../server/src/cli/input';
import { ROOT } from '../support/paths';

export const BIN = path.join(ROOT, 'bin/referat.js');

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the bundled CLI exactly as `npx referat` does (dist/cli.js and its worker bundle). */
export function referat(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env: { ...process.env, REFERAT_LANG: '', ...options.env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a shell line (for pipes), the CLI as `$REFERAT`. */
export function shell(line: string, cwd = ROOT): Run {
  const r = spawnSync('bash', ['-c', line], { encoding: 'utf8', cwd, env: { ...process.env, REFERAT: `${process.execPath} ${BIN}` }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'referat-cli-'));
}

/** No Node stack trace or uncaught-error banner anywhere in the output. */
export function noStackTrace(s: string): boolean {
  return !/\n\s+at .+\(|node:internal|Unhandled|uncaught|Error: /iu.test(s);
}

/** `line:code` of every finding line in text output, sorted: what must not change. */
export function findingKeys(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((l) => /^.*:(\d+):\d+: \w+ ([a-z-]+): /u.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]}:${m[2]}`)
    .sort();
}

/** Windows-1252 bytes of a text (characters it lacks, such as arrows, become `?`, one for one). */
export function windows1252(text: string): Buffer {
  const table = new Map<string, number>();
  for (let i = 0; i < 256; i++) table.set(WINDOWS_1252[i]!, i);
  return Buffer.from(Array.from(text, (c) => table.get(c) ?? 0x3f));
}
