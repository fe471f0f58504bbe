import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Finding, Fix, ReferatConfig, TextEdit, analyze, defaultConfig, looksLikeMinutes, resolveConfig, safeFixEdits, type Locale } from '../engine';
import { splitLines } from '../engine/text/lines';
import type { LoadedConfig } from './config';
import { Encoding, Input, InputProblem, STDIN, encodeText, readInput } from './input';
import './importers';

/** One file's job: what the main thread sends a worker (plain data: it is cloned). */
export interface CheckTask {
  readonly index: number;
  readonly file: string;
  /** Found by walking a folder: skipped quietly unless it is named or looks like minutes. */
  readonly found: boolean;
  readonly config: LoadedConfig;
  readonly lang: Locale;
  readonly fix: boolean;
  readonly maxBytes: number;
}

/** A finding as plain data, positions 0-based as in the engine. */
export interface WireFinding {
  readonly code: string;
  readonly severity: Finding['severity'];
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
  readonly message: string;
  /** Other places the finding names (the rows of a table's rounding note), 0-based. */
  readonly related?: readonly { readonly line: number; readonly character: number; readonly message: string }[];
}

export interface FileResult {
  readonly index: number;
  readonly file: string;
  readonly findings: readonly WireFinding[];
  /** The file could not be checked (missing, binary, a FIFO …). */
  readonly problem?: InputProblem;
  /** Set when the text was not UTF-8. */
  readonly encoding?: Encoding;
  /** Titles of the fixes `--fix` applied and saved. */
  readonly fixed?: readonly string[];
  /** Why `--fix` saved nothing, when it had something to fix. */
  readonly fixNotSaved?: string;
  /** Found by walking a folder and not minutes: not reported at all. */
  readonly skipped?: boolean;
  /** Milliseconds spent on the file. */
  readonly ms: number;
  /** The layout inferred for the file (profile and item form): which rules it was read with. */
  readonly layout?: { readonly profile: string; readonly itemForm?: string; readonly itemVariant?: string };
}

const configs = new Map<string, ReferatConfig>();

function configOf(c: LoadedConfig): ReferatConfig {
  let r = configs.get(c.key);
  if (!r) {
    r = c.raw === undefined ? defaultConfig : resolveConfig(c.raw);
    configs.set(c.key, r);
  }
  return r;
}

const NAMED_MINUTES = /\.(?:referat|dagsorden)\.(?:md|txt|markdown)$/iu;

/** Starts reading a task's file (a worker reads the next files while it analyses this one). */
export function readTask(task: CheckTask, stdin?: AsyncIterable<Uint8Array | string>): Promise<Input> {
  return readInput(task.file, { maxBytes: task.maxBytes, stdin });
}

/** Reads (or takes what `readTask` read), checks and (with `--fix`) fixes one file. Never throws. */
export async function checkFile(task: CheckTask, stdin?: AsyncIterable<Uint8Array | string>, read?: Promise<Input>): Promise<FileResult> {
  const started = performance.now();
  const base = { index: task.index, file: task.file };
  const ms = () => performance.now() - started;
  try {
    const input = await (read ?? readTask(task, stdin));
    if (!input.ok) return { ...base, findings: [], problem: input, ms: ms() };
    const encoding = input.encoding === 'utf-8' ? undefined : input.encoding;
    if (task.found && !NAMED_MINUTES.test(task.file) && !looksLikeMinutes(input.text)) return { ...base, findings: [], skipped: true, ms: ms() };
    const config = configOf(task.config);
    const options = { config, locale: task.lang, fileName: task.file === STDIN ? '' : path.basename(task.file) };
    const analysis = analyze(input.text, options);
    const { profile, itemForm, itemVariant } = analysis.doc.layout;
    const layout = { profile, itemForm, ...(itemVariant ? { itemVariant } : {}) };
    let findings = input.finish ? input.finish(analysis.findings, task.lang) : analysis.findings;
    let fixed: string[] | undefined;
    let fixNotSaved: string | undefined;
    if (task.fix && task.file !== STDIN && !input.imported) {
      const { edits, titles } = safeFixes(findings);
      if (edits.length > 0) {
        const text = applyEdits(input.text, edits);
        const bytes = encodeText(text, input.encoding);
        if (!bytes) fixNotSaved = input.encoding;
        else {
          await fs.writeFile(task.file, bytes);
          fixed = titles;
          findings = analyze(text, options).findings; // re-check: what is left after the fixes
        }
      }
    }
    return { ...base, findings: findings.map(wire), encoding, fixed, fixNotSaved, layout, ms: ms() };
  } catch (err) {
    return { ...base, findings: [], problem: { ok: false, kind: 'unreadable', detail: (err as NodeJS.ErrnoException).code ?? String(err) }, ms: ms() };
  }
}

function wire(f: Finding): WireFinding {
  const { start, end } = f.range;
  const w = { code: f.code, severity: f.severity, line: start.line, character: start.character, endLine: end.line, endCharacter: end.character, message: f.message };
  return f.related?.length ? { ...w, related: f.related.map((r) => ({ line: r.range.start.line, character: r.range.start.character, message: r.message })) } : w;
}

/**
 * The engine's fix-all edits (the same the editor applies) and the titles of the fixes they come
 * from, to say what changed: a fix counts when its edits made it into the set.
 */
export function safeFixes(findings: readonly Finding[]): { edits: TextEdit[]; titles: string[] } {
  const edits = safeFixEdits(findings);
  const ranges = new Set(edits.map((e) => e.range));
  const titles: string[] = [];
  const seen = new Set<Fix>();
  for (const f of findings) {
    const fix = f.fixes?.find((x) => x.safe);
    if (!fix || seen.has(fix)) continue;
    seen.add(fix);
    if (fix.edits.length > 0 && fix.edits.every((e) => ranges.has(e.range))) titles.push(fix.title);
  }
  return { edits, titles };
}

/** Non-overlapping edits applied from the end, so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = splitLines(text);
  const offset = (p: { line: number; character: number }) => {
    const l = lines[Math.min(p.line, lines.length - 1)]!;
    return l.offset + Math.min(p.character, l.text.length);
  };
  const spans = edits.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), text: e.newText })).sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}
