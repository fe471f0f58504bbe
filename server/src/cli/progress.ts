import type { FileResult } from './checkFile';
import type { CliMessages } from './messages';

/**
 * One line on a terminal's stderr, redrawn at most ten times a second: files done, files with
 * errors so far, time left (from the pace so far). Never on a pipe or a file: CI logs stay clean.
 */
export class Progress {
  private doneCount = 0;
  private errors = 0;
  private shown = false;
  private lastDraw = 0;
  private readonly started = performance.now();

  constructor(
    private readonly stderr: { write(s: string): unknown; columns?: number },
    private readonly total: number,
    private readonly msg: CliMessages,
    private readonly enabled: boolean,
  ) {}

  done(r: FileResult): void {
    this.doneCount++;
    if (r.problem || r.findings.some((f) => f.severity === 'error')) this.errors++;
    if (!this.enabled || this.total < 2) return;
    const now = performance.now();
    if (now - this.lastDraw < 100 && this.doneCount < this.total) return;
    this.lastDraw = now;
    const elapsed = now - this.started;
    const leftMs = (elapsed / this.doneCount) * (this.total - this.doneCount);
    const line = this.msg.progress(this.doneCount, this.total, this.errors, this.doneCount < this.total ? duration(leftMs) : '');
    const width = Math.max(20, (this.stderr.columns ?? 80) - 1);
    this.stderr.write(`\r${line.slice(0, width)}\x1b[K`);
    this.shown = true;
  }

  /** Clears the line before other output, so findings never mix with it. */
  clear(): void {
    if (!this.shown) return;
    this.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}

function duration(ms: number): string {
  const s = Math.ceil(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${s % 60} s`;
}
