import { constants, promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { ConfigProblem } from '../engine';

export const WORKSPACE_CONFIG_FILE = '.referat.json';
/** Larger than any real configuration (a municipality's sections and case types are a few kB). */
export const MAX_WORKSPACE_CONFIG_BYTES = 256 * 1024;

export interface WorkspaceConfigFile {
  /** The parsed JSON object, when there is a usable file. */
  readonly value?: unknown;
  /** The file found (for the tests; never logged with its content). */
  readonly file?: string;
  /** Why a `.referat.json` that is there was not used: one warning to the user. */
  readonly problem?: ConfigProblem;
}

/**
 * A municipality's `.referat.json` in a workspace folder (the first folder that has one): same
 * keys as the `referat.*` settings, merged over them. It is data only (names, order, severities,
 * patterns that run in linear time), so it is read in untrusted workspaces too; but it is read
 * safely, because a cloned folder may hold anything under that name:
 * - only a regular file, and only inside the workspace folder once symlinks are resolved (a link
 *   to `/etc/passwd`, `/proc/self/environ` or another project is not followed);
 * - never a FIFO, socket or device (`/dev/zero` would grow the server without end, a FIFO would
 *   block it): the kind is checked before opening, and the file is opened non-blocking and
 *   checked again, so one swapped in between cannot block either;
 * - at most MAX_WORKSPACE_CONFIG_BYTES, asynchronously.
 * Anything else is one `ConfigProblem` (the user sees one warning naming the file) and the
 * defaults apply. Nothing of the file's content goes into a message: a JSON error says only where.
 */
export async function readWorkspaceConfig(folders: readonly string[]): Promise<WorkspaceConfigFile> {
  for (const folder of folders) {
    const file = path.join(folder, WORKSPACE_CONFIG_FILE);
    try {
      await fsp.lstat(file);
    } catch {
      continue; // not there: the next folder
    }
    return readOne(folder, file);
  }
  return {};
}

const problem = (reason: ConfigProblem['reason'], detail?: string): ConfigProblem => ({ key: WORKSPACE_CONFIG_FILE, reason, ...(detail ? { detail } : {}) });

async function readOne(folder: string, file: string): Promise<WorkspaceConfigFile> {
  let real: string;
  let realFolder: string;
  try {
    [real, realFolder] = await Promise.all([fsp.realpath(file), fsp.realpath(folder)]);
  } catch (err) {
    // A dangling or looping link, or no permission: say which, by code only.
    return { file, problem: problem('unreadable', errorCode(err)) };
  }
  const relative = path.relative(realFolder, real);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { file, problem: problem('outside-folder') };
  let text: string;
  try {
    const kind = await fsp.stat(real);
    if (!kind.isFile()) return { file, problem: problem('not-a-file') };
    if (kind.size > MAX_WORKSPACE_CONFIG_BYTES) return { file, problem: problem('file-too-large', String(MAX_WORKSPACE_CONFIG_BYTES / 1024)) };
    const handle = await fsp.open(real, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
    try {
      const opened = await handle.stat();
      if (!opened.isFile()) return { file, problem: problem('not-a-file') };
      // Read at most one byte past the limit: a file that grew meanwhile is refused, not read whole.
      const buffer = Buffer.alloc(Math.min(opened.size, MAX_WORKSPACE_CONFIG_BYTES) + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      if (bytesRead > MAX_WORKSPACE_CONFIG_BYTES) return { file, problem: problem('file-too-large', String(MAX_WORKSPACE_CONFIG_BYTES / 1024)) };
      text = buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (err) {
    return { file, problem: problem('unreadable', errorCode(err)) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (err) {
    return { file, problem: problem('not-json', jsonErrorPlace(text, err)) };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { file, problem: problem('not-object') };
  return { value, file };
}

/** `ENOENT`, `EACCES`, … : what went wrong, without a path or content. */
function errorCode(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{2,20}$/.test(code) ? code : undefined;
}

/**
 * Where JSON.parse stopped, as `linje L, kolonne C` is for the user: Node's message quotes the
 * text around the error, which must not reach a log, so only the position is taken from it.
 */
function jsonErrorPlace(text: string, err: unknown): string | undefined {
  const m = /position (\d+)/.exec(err instanceof Error ? err.message : '');
  if (!m) return undefined;
  const at = Math.min(Number(m[1]), text.length);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `${line}:${column}`;
}
