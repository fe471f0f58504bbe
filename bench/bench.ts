/**
 * `npm run bench`: how fast the engine (parse + every registered check, via `analyze`) is, next
 * to a peer (markdownlint, default rules) and a floor (split into lines, one regex per line), on
 * the same text in the same run; how it scales; its peak memory; and the editor latency over the
 * language server protocol. The last line is the summary:
 *
 *   bench: referat X MB/s; markdownlint/referat R; referat/floor F; scaling(10x) S
 *
 * Not part of any shipped bundle: compiled to out/bench/ by `tsc -b` only.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, checks } from '../server/src/engine';
import { DOCS, load } from './docs';
import type { LatencyResult } from './latency';
import { archiveBench, describeArchive } from './archive';
import { measure } from './measure';
import { PairedRatios, floor, pairedRatios, warmUp } from './paired';
import { ENGINE_NODE_FLAGS } from '../server/src/lsp/environment';

const GOALS = { ratioToMarkdownlint: 50, ratioToFloor: 10, scaling: 11, typingMs: 20, initMs: 150 };

type LintSync = (options: { strings: Record<string, string> }) => Record<string, unknown[]>;

interface Row {
  readonly name: string;
  readonly bytes: number;
  readonly lines: number;
  readonly referat: number;
  readonly markdownlint: number;
  readonly floor: number;
  readonly findings: number;
  peak?: number;
  retained?: number;
}

const mb = (bytes: number) => bytes / 1e6;
const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const pad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

/**
 * The engine is measured as the product runs it: with the node flags the server and the CLI are
 * started with (server/src/lsp/environment.ts). Started without them, the bench starts itself
 * again with them and passes on its exit code.
 */
function runsWithEngineFlags(): boolean {
  return ENGINE_NODE_FLAGS.every((flag) => process.execArgv.includes(flag));
}

async function main(): Promise<void> {
  if (!runsWithEngineFlags()) {
    const again = spawnSync(process.execPath, [...ENGINE_NODE_FLAGS, ...process.execArgv, __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exitCode = again.status ?? 1;
    return;
  }
  const quick = process.argv.includes('--quick');
  const { lint } = (await import('markdownlint/sync')) as unknown as { lint: LintSync };
  console.log(`machine: ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length} (nproc ${os.availableParallelism()}), node ${process.version}, ${os.platform()} ${os.arch()}`);
  console.log(`engine: parse + ${checks.length} registered checks (${checks.map((c) => c.code).join(', ')})`);
  console.log(`node flags, as the server and the CLI run: ${ENGINE_NODE_FLAGS.join(' ')}`);
  console.log('');

  const texts = DOCS.map((spec) => ({ spec, text: load(spec) }));
  const textOf = (name: string) => texts.find((t) => t.spec.name === name)!.text;
  // The paired rounds first, right after the warm-up, on a heap that holds nothing but the texts:
  // everything measured later (markdownlint above all, on a 4 MB text) leaves garbage that the
  // collector then works through on whoever runs next, and V8's young generation is sized by what
  // ran before.
  warmUp(textOf, quick);
  const { s, sRounds: ratios, f, fRounds: fRatios } = pairedRatios(textOf, quick);
  // The same rounds under node's default flags, in a process of their own: for reference.
  const defaults = JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'paired.js'), ...(quick ? ['--quick'] : [])], { encoding: 'utf8' })) as PairedRatios;

  const rows: Row[] = [];
  const header = ['document', 'KB', 'lines', 'referat ms', 'MB/s', 'markdownlint ms', 'floor ms', 'mdl/ref', 'ref/floor', 'findings'];
  console.log('CPU milliseconds per document (median of many runs after warm-up)');
  const widths = [22, 8, 7, 11, 7, 16, 9, 8, 10, 9];
  console.log(header.map((h, i) => (i === 0 ? h.padEnd(widths[i]!) : pad(h, widths[i]!))).join(' '));
  // Referat and the floor on every text, then markdownlint on every text: its garbage comes last.
  const budget = quick ? 300 : 1500;
  const ours = texts.map(({ spec, text }) => ({
    referat: measure(() => analyze(text, { fileName: spec.name }), { budgetMs: budget }).ms,
    floor: measure(() => floor(text), { budgetMs: quick ? 100 : 500 }).ms,
  }));
  const peers = texts.map(({ text }) => measure(() => lint({ strings: { doc: text } }), { budgetMs: budget, minSamples: Buffer.byteLength(text, 'utf8') > 1e6 ? 1 : 3 }).ms);
  for (const [k, { spec, text }] of texts.entries()) {
    const bytes = Buffer.byteLength(text, 'utf8');
    const referat = ours[k]!.referat;
    const mdl = peers[k]!;
    const fl = ours[k]!.floor;
    const row: Row = {
      name: spec.name,
      bytes,
      lines: text.split('\n').length,
      referat,
      markdownlint: mdl,
      floor: fl,
      findings: analyze(text, { fileName: spec.name }).findings.length,
    };
    rows.push(row);
    console.log(
      [
        row.name.padEnd(widths[0]!),
        pad(fmt(bytes / 1024, 0), widths[1]!),
        pad(String(row.lines), widths[2]!),
        pad(fmt(referat, 3), widths[3]!),
        pad(fmt(mb(bytes) / (referat / 1000), 1), widths[4]!),
        pad(fmt(mdl, 1), widths[5]!),
        pad(fmt(fl, 3), widths[6]!),
        pad(fmt(mdl / referat, 0), widths[7]!),
        pad(fmt(referat / fl, 1), widths[8]!),
        pad(String(row.findings), widths[9]!),
      ].join(' '),
    );
  }

  // Peak memory: one fresh process per document (see memory.ts).
  console.log('\npeak memory of one analysis (fresh process each: growth of peak RSS; heap kept by the model)');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-bench-'));
  try {
    for (let i = 0; i < texts.length; i++) {
      const file = path.join(tmp, `doc${i}.txt`);
      fs.writeFileSync(file, texts[i]!.text);
      const out = execFileSync(process.execPath, [...ENGINE_NODE_FLAGS, '--expose-gc', path.join(__dirname, 'memory.js'), file], { encoding: 'utf8' });
      const m = JSON.parse(out.trim().split('\n').pop()!) as { peak: number; retained: number };
      rows[i]!.peak = m.peak;
      rows[i]!.retained = m.retained;
      console.log(`  ${rows[i]!.name.padEnd(22)} peak +${fmt(mb(m.peak), 1)} MB RSS, model ${fmt(mb(m.retained), 1)} MB (text ${fmt(mb(rows[i]!.bytes), 2)} MB)`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  // Editor latency over the protocol.
  console.log('\neditor latency (language server over stdio)');
  const latencyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-latency-'));
  let latency: LatencyResult;
  try {
    const files = [
      ['2024 minutes', textOf('2024-04-09')],
      ['2024 minutes ×10', textOf('2024-04-09 ×10')],
    ].map(([name, text]) => {
      const file = path.join(latencyDir, name!);
      fs.writeFileSync(file, text!);
      return file;
    });
    const out = execFileSync(process.execPath, [path.join(__dirname, 'latency.js'), ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    latency = JSON.parse(out.trim().split('\n').pop()!) as LatencyResult;
  } finally {
    fs.rmSync(latencyDir, { recursive: true, force: true });
  }
  console.log(`  server start → initialize result: median ${fmt(latency.initMs, 1)} ms (runs: ${latency.initRuns.map((x) => fmt(x, 0)).join(', ')})`);
  for (const t of latency.typing) {
    console.log(
      `  type 1 char → publishDiagnostics, ${t.name} (${fmt(t.bytes / 1024, 0)} KB): median ${fmt(t.latency.median)} ms, p95 ${fmt(t.latency.p95)} ms, max ${fmt(t.latency.max)} ms over ${t.latency.edits} edits; server peak RSS ${t.serverPeakRssMb === undefined ? '—' : `${fmt(t.serverPeakRssMb, 0)} MB`}`,
    );
  }

  // Summary.
  const by = (name: string) => rows.find((row) => row.name === name)!;
  const real = [by('2020-11-10'), by('2024-04-09')];
  const real10 = [by('2020-11-10 ×10'), by('2024-04-09 ×10')];
  const sum = (rs: readonly Row[], f: (r: Row) => number) => rs.reduce((a, r) => a + f(r), 0);
  const realBytes = sum(real, (r) => r.bytes);
  const x = mb(realBytes) / (sum(real, (r) => r.referat) / 1000);
  const r = sum(real, (r) => r.markdownlint) / sum(real, (r) => r.referat);
  const fTable = sum(real, (r) => r.referat) / sum(real, (r) => r.floor);
  const sFloor = sum(real10, (r) => r.floor) / sum(real, (r) => r.floor);
  const steps: [string, string][] = [
    ['synthetic 10 items', 'synthetic 100 items'],
    ['synthetic 100 items', 'synthetic 1000 items'],
    ['table 100 rows', 'table 1000 rows'],
    ['table 1000 rows', 'table 10000 rows'],
  ];
  console.log('\nscaling, time for 10× the input ÷ time for the input (referat; the floor on the same texts)');
  console.log(`  real minutes → ×10: referat ${fmt(s)} (median of ${ratios.length} paired rounds: ${ratios.map((x) => fmt(x, 1)).join(', ')}; from the table: ${fmt(sum(real10, (r) => r.referat) / sum(real, (r) => r.referat))}), floor ${fmt(sFloor)}`);
  for (const [a, b] of steps) console.log(`  ${a} → ${b}: referat ${fmt(by(b).referat / by(a).referat)}, floor ${fmt(by(b).floor / by(a).floor)}`);
  const archive = archiveBench(quick);
  console.log(`\nreferat check on a folder of ${archive.files} generated minutes (${fmt(mb(archive.bytes), 1)} MB; whole CLI runs, start included)`);
  for (const line of describeArchive(archive, fmt)) console.log(line);
  const typing = latency.typing[0]!.latency.median;
  const goal = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log('\nsummary (the two real minutes together, ' + fmt(realBytes / 1024, 0) + ' KB; CPU time):');
  console.log(`  referat ${fmt(sum(real, (r) => r.referat), 3)} ms, markdownlint ${fmt(sum(real, (r) => r.markdownlint), 1)} ms, floor ${fmt(sum(real, (r) => r.floor), 3)} ms`);
  console.log(`  markdownlint/referat ${fmt(r, 0)} (goal ≥ ${GOALS.ratioToMarkdownlint}: ${goal(r >= GOALS.ratioToMarkdownlint)})`);
  console.log(`  referat/floor ${fmt(f, 1)} (median of ${fRatios.length} paired rounds: ${fRatios.map((x) => fmt(x, 1)).join(', ')}; from the table: ${fmt(fTable, 1)}) (goal ≤ ${GOALS.ratioToFloor}: ${goal(f <= GOALS.ratioToFloor)})`);
  console.log(`  scaling(10x) real minutes ×10 ${fmt(s)} (goal ≤ ${GOALS.scaling}: ${goal(s <= GOALS.scaling)})`);
  console.log(
    `  for reference, node's default flags (16 MB young generation): scaling(10x) ${fmt(defaults.s)} (rounds: ${defaults.sRounds.map((x) => fmt(x, 1)).join(', ')}), referat/floor ${fmt(defaults.f, 1)} (rounds: ${defaults.fRounds.map((x) => fmt(x, 1)).join(', ')})`,
  );
  console.log(`  typing latency (2024 minutes) median ${fmt(typing)} ms (goal ≤ ${GOALS.typingMs}: ${goal(typing <= GOALS.typingMs)})`);
  console.log(`  server start → initialize ${fmt(latency.initMs, 1)} ms (goal ≤ ${GOALS.initMs}: ${goal(latency.initMs <= GOALS.initMs)})`);
  console.log(`  peak RSS of this benchmark process: ${fmt(mb(process.resourceUsage().maxRSS * 1024), 0)} MB`);
  console.log(`bench: referat ${fmt(x, 1)} MB/s; markdownlint/referat ${fmt(r, 0)}; referat/floor ${fmt(f, 1)}; scaling(10x) ${fmt(s)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
