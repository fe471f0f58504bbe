import { statSync } from 'node:fs';
import * as os from 'node:os';
import type { Locale } from '../engine';
import { CheckTask, FileResult, checkFile } from './checkFile';
import { ConfigError, ConfigFinder } from './config';
import { escapeControls } from './escape';
import { TEXT_EXTENSIONS, expandArgs, hasMagic } from './files';
import { Format, jsonFile, sarif, textLines } from './format';
import { DEFAULT_MAX_BYTES, STDIN, importerExtensions } from './input';
import { CliMessages, cliMessages } from './messages';
import { WorkerPool } from './pool';
import { Progress } from './progress';

/** What the CLI writes to and reads from; the real process's streams, or a test's. */
export interface CliIo {
  readonly stdout: { write(s: string): unknown; once?(event: 'drain', cb: () => void): unknown };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  readonly env: Record<string, string | undefined>;
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

export interface CheckOptions {
  readonly files: readonly string[];
  readonly format: Format;
  readonly lang: Locale;
  readonly configPath?: string;
  readonly fix: boolean;
  readonly quiet: boolean;
  /** Worker threads; 1 checks in this thread. */
  readonly jobs: number;
  /** Output in the order the files were given (or found), not in the order they finish. */
  readonly sort: boolean;
  readonly recursive: boolean;
  readonly maxBytes: number;
  /** File endings beyond text that folders contribute (an importer's `.docx`, `.pdf`). */
  readonly extraExtensions?: readonly string[];
  readonly version?: string;
}

export const defaultJobs = (): number => Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);

export { DEFAULT_MAX_BYTES };

/** Files read at once in this thread (the analysis itself runs one at a time). */
const IN_THREAD_LANES = 4;

/** Fewer files than this are checked in this thread: starting workers costs more than it saves. */
const WORKER_THRESHOLD = 8;

/**
 * `referat check`: files and folders in, each file's result out as soon as it is done (text and
 * JSON stream; SARIF is one document written at the end), progress on a terminal, a summary at
 * the end. A file that cannot be read is one line and the rest go on. Exit 0 without errors, 1
 * with errors, 2 when a file could not be checked (or on a usage error).
 */
export async function runCheck(o: CheckOptions, io: CliIo): Promise<number> {
  const msg = cliMessages(o.lang);
  const warn = (line: string) => void io.stderr.write(`referat: ${escapeControls(line)}\n`);
  const finder = new ConfigFinder(warn, msg, o.lang, o.configPath);
  if (o.configPath) {
    try {
      await finder.load(o.configPath, true);
    } catch (err) {
      if (err instanceof ConfigError) {
        warn(err.message);
        return 2;
      }
      throw err;
    }
  }
  // A folder or a glob means many files: the workers start now and load the engine while this
  // thread walks the folders. `REFERAT_POOL=1` checks on workers even with `--jobs 1` or few files
  // (the benchmark compares one worker with many on the same path).
  const forcePool = io.env.REFERAT_POOL === '1';
  const many = o.files.some((f) => f !== STDIN && (hasMagic(f) || isDirectory(f)));
  let pool = (o.jobs > 1 && many) || forcePool ? new WorkerPool(o.jobs) : undefined;
  pool?.start();
  // Whatever happens below, no worker is left running (it would keep the process alive).
  try {
    const targets = await expandArgs(o.files, { recursive: o.recursive, extensions: [...TEXT_EXTENSIONS, ...importerExtensions(), ...(o.extraExtensions ?? [])] });
    const tasks: CheckTask[] = [];
    for (const t of targets) {
      tasks.push({ index: tasks.length, file: t.file, found: t.found, config: await finder.forFile(t.file), lang: o.lang, fix: o.fix, maxBytes: o.maxBytes });
    }

    const out = new Output(o, io, msg);
    const progress = new Progress(io.stderr, tasks.length, msg, !o.quiet && io.stderr.isTTY === true);
    const started = performance.now();
    const onResult = (r: FileResult) => {
      progress.clear();
      out.add(r);
      progress.done(r);
    };
    if (o.fix && tasks.some((t) => t.file === STDIN)) warn(msg.fixStdin());
    const here = (t: CheckTask) => t.file === STDIN || (!forcePool && (o.jobs <= 1 || tasks.length < WORKER_THRESHOLD));
    const inThread = tasks.filter(here);
    const pooled = tasks.filter((t) => !here(t));
    if (pooled.length > 0) pool ??= new WorkerPool(o.jobs);
    const pooledDone = pool ? pool.run(pooled, onResult, (t, detail) => ({ index: t.index, file: t.file, findings: [], problem: { ok: false, kind: 'crashed', detail }, ms: 0 })) : Promise.resolve();
    // In this thread a few files are in flight, so one is read while another is analysed.
    let nextHere = 0;
    const lane = async () => {
      for (let t = inThread[nextHere++]; t; t = inThread[nextHere++]) {
        onResult(await checkFile(t, io.stdin));
        await out.drain();
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_THREAD_LANES, inThread.length) }, lane));
    await pooledDone;
    progress.clear();
    out.finish(performance.now() - started);
    await out.drain();
    return out.exitCode();
  } finally {
    pool?.stop();
  }
}

/** Streams results in the chosen format and keeps the numbers for the summary and the exit code. */
class Output {
  private readonly pending = new Map<number, FileResult>();
  private nextIndex = 0;
  private readonly sarifResults: FileResult[] = [];
  private jsonCount = 0;
  private files = 0;
  private problems = 0;
  private readonly counts = { error: 0, warning: 0, information: 0, hint: 0 };
  private readonly perCode = new Map<string, number>();
  private readonly times: { file: string; ms: number }[] = [];
  private blocked?: Promise<void>;

  constructor(
    private readonly o: CheckOptions,
    private readonly io: CliIo,
    private readonly msg: CliMessages,
  ) {}

  add(r: FileResult): void {
    // JSON (like SARIF) is for programs: always in the order of the files, so two runs compare
    // equal; text streams as files finish unless --sort asks for the order.
    if (!this.o.sort && this.o.format === 'text') return this.emit(r);
    this.pending.set(r.index, r);
    for (let next = this.pending.get(this.nextIndex); next; next = this.pending.get(this.nextIndex)) {
      this.pending.delete(this.nextIndex++);
      this.emit(next);
    }
  }

  /** Waits when stdout asked the writer to (a slow pipe), so memory does not fill with output. */
  async drain(): Promise<void> {
    const b = this.blocked;
    this.blocked = undefined;
    if (b) await b;
  }

  private write(s: string): void {
    if (this.io.stdout.write(s) === false && this.io.stdout.once && !this.blocked) {
      this.blocked = new Promise((resolve) => this.io.stdout.once!('drain', resolve));
    }
  }

  private stderr(file: string, line: string): void {
    this.io.stderr.write(`referat: ${escapeControls(file)}: ${escapeControls(line)}\n`);
  }

  private emit(r: FileResult): void {
    if (r.skipped) return;
    this.count(r);
    const { o, msg } = this;
    if (r.problem) this.stderr(r.file, msg.problem(r.problem));
    if (r.encoding && !o.quiet) this.stderr(r.file, msg.readAs(r.encoding));
    if (r.fixNotSaved) this.stderr(r.file, msg.fixNotWritten(r.fixNotSaved));
    if (o.format === 'text') {
      const lines = textLines(r, o.quiet, msg);
      if (lines.length > 0) this.write(lines.join('\n') + '\n');
    } else if (o.format === 'json') {
      this.write((this.jsonCount++ === 0 ? '[\n' : ',\n') + indent(JSON.stringify(jsonFile(r, o.quiet, msg), null, 2)));
    } else this.sarifResults.push(r);
  }

  private count(r: FileResult): void {
    this.files++;
    if (r.problem) this.problems++;
    this.times.push({ file: r.file, ms: r.ms });
    for (const f of r.findings) {
      this.counts[f.severity]++;
      this.perCode.set(f.code, (this.perCode.get(f.code) ?? 0) + 1);
    }
  }

  finish(totalMs: number): void {
    const { o, msg } = this;
    if (o.format === 'json') this.write(this.jsonCount === 0 ? '[]\n' : '\n]\n');
    if (o.format === 'sarif') {
      const sorted = [...this.sarifResults].sort((a, b) => a.index - b.index);
      this.write(JSON.stringify(sarif(sorted, o.lang, msg, o.quiet, o.version ?? '0.0.0'), null, 2) + '\n');
    }
    if (o.quiet) return;
    const lines = [msg.summary(this.files - this.problems, this.counts.error, this.counts.warning, this.counts.information + this.counts.hint, this.problems)];
    if (this.files > 1 && this.perCode.size > 0) {
      lines.push(msg.perCode([...this.perCode].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c, n]) => `${c} ${n}`).join(', ')));
    }
    if (this.files > 1) {
      const slow = [...this.times].sort((a, b) => b.ms - a.ms).slice(0, 3);
      lines.push(msg.slowest(slow.map((t) => `${escapeControls(t.file)} (${Math.round(t.ms)} ms)`).join(', ') + ` — ${(totalMs / 1000).toFixed(1)} s`));
    }
    const text = lines.join('\n') + '\n';
    // Text output carries its summary; JSON and SARIF keep stdout a document, so it goes to stderr.
    if (o.format === 'text') this.write(text);
    else if (this.files > 1) this.io.stderr.write(text);
  }

  exitCode(): number {
    if (this.problems > 0) return 2;
    return this.counts.error > 0 ? 1 : 0;
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function indent(json: string): string {
  return json.replace(/^/gmu, '  ');
}
