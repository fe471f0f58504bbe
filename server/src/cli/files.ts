import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { STDIN } from './input';

/** One file to check. `found` files were found by walking a folder, not named by the user. */
export interface Target {
  readonly file: string;
  readonly found: boolean;
}

export interface ExpandOptions {
  /** Walk folders named on the command line (default); without it a folder is one problem line. */
  readonly recursive: boolean;
  /** File endings taken from folders (`.md`, `.txt` …); importers add theirs (`.docx`, `.pdf`). */
  readonly extensions: readonly string[];
}

export const TEXT_EXTENSIONS = ['.md', '.txt', '.markdown'];

/** Folders never walked: tool output and version control, not minutes. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * The command line's paths as files: folders walked (sorted, so runs are repeatable; symlinked
 * folders not followed, so a loop cannot trap the walk), globs expanded here for shells that do
 * not (Windows' cmd and PowerShell pass `*.md` as it is). A path that is neither stays as it is:
 * reading it reports what it is (missing, a FIFO …) in one line.
 */
export async function expandArgs(args: readonly string[], options: ExpandOptions): Promise<Target[]> {
  const out: Target[] = [];
  const seen = new Set<string>();
  const add = (file: string, found: boolean) => {
    const key = file === STDIN ? file : path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ file, found });
  };
  for (const arg of args) {
    if (arg === STDIN) {
      add(arg, false);
      continue;
    }
    const st = await fs.stat(arg).catch(() => undefined);
    if (!st && hasMagic(arg)) {
      const matches = await glob(arg);
      if (matches.length === 0) add(arg, false);
      for (const m of matches) {
        const mst = await fs.stat(m).catch(() => undefined);
        if (mst?.isDirectory() && options.recursive) for (const f of await walk(m, options.extensions)) add(f, true);
        else add(m, false);
      }
    } else if (st?.isDirectory() && options.recursive) {
      for (const f of await walk(arg, options.extensions)) add(f, true);
    } else add(arg, false);
  }
  return out;
}

async function walk(dir: string, extensions: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    const entries = await fs.readdir(d, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)); // reversed: the stack pops in order
    const subdirs: string[] = [];
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) subdirs.push(p);
      } else if ((e.isFile() || e.isSymbolicLink()) && !e.name.startsWith('.') && extensions.some((x) => e.name.toLowerCase().endsWith(x))) {
        files.push(p);
      }
    }
    stack.push(...subdirs);
  }
  return files.sort(comparePaths);
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function hasMagic(p: string): boolean {
  return /[*?[{]/u.test(p);
}

/**
 * A small glob: `*`, `?`, `[abc]`, `{a,b}` within a path segment and `**` for any depth. Hidden
 * files and folders match only a pattern segment that starts with a dot, as in a shell.
 */
export async function glob(pattern: string): Promise<string[]> {
  const normal = pattern.replace(/\\/gu, '/');
  const absolute = normal.startsWith('/') || /^[A-Za-z]:\//u.test(normal);
  const parts = normal.split('/').filter((p, i) => p !== '' || i === 0);
  let base = absolute ? (parts[0] === '' ? '/' : parts[0] + '/') : '.';
  let i = absolute ? 1 : 0;
  while (i < parts.length - 1 && !hasMagic(parts[i]!)) base = path.join(base, parts[i++]!);
  const segments = parts.slice(i);
  const results: string[] = [];
  await matchFrom(base, segments, results, absolute || base !== '.' ? base : '');
  return [...new Set(results)].sort(comparePaths);
}

async function matchFrom(dir: string, segments: readonly string[], out: string[], shown: string): Promise<void> {
  const [seg, ...rest] = segments;
  if (seg === undefined) return;
  if (seg === '**') {
    if (rest.length === 0) return matchFrom(dir, ['**', '*'], out, shown); // `dir/**`: every file below
    await matchFrom(dir, rest, out, shown); // zero folders
    for (const e of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (e.isDirectory() && !e.name.startsWith('.') && !SKIP_DIRS.has(e.name)) await matchFrom(path.join(dir, e.name), segments, out, join(shown, e.name));
    }
    return;
  }
  if (!hasMagic(seg)) {
    const p = path.join(dir, seg);
    if (rest.length === 0) {
      if (await fs.stat(p).catch(() => undefined)) out.push(join(shown, seg));
    } else await matchFrom(p, rest, out, join(shown, seg));
    return;
  }
  const re = segmentRegex(seg);
  for (const e of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (e.name.startsWith('.') && !seg.startsWith('.')) continue;
    if (!re.test(e.name)) continue;
    if (rest.length === 0) out.push(join(shown, e.name));
    else if (e.isDirectory() || e.isSymbolicLink()) await matchFrom(path.join(dir, e.name), rest, out, join(shown, e.name));
  }
}

function join(shown: string, name: string): string {
  return shown === '' ? name : path.join(shown, name);
}

/** One path segment's pattern as an anchored regular expression (linear: no nested quantifiers). */
export function segmentRegex(seg: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = seg.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        let body = seg.slice(i + 1, end);
        if (body.startsWith('!')) body = '^' + body.slice(1);
        re += '[' + body.replace(/\\/gu, '\\\\') + ']';
        i = end;
      }
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|\\]/gu, '\\$&');
  }
  while (braces-- > 0) re += ')';
  return new RegExp(`^${re}$`, 'u');
}
