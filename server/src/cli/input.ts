import type { Finding, Locale } from '../engine';
import { closeSync, constants as C, fstatSync, openSync, promises as fs, readSync, statSync } from 'node:fs';

/**
 * The CLI's file-reading layer: one function turns a path (or `-`, standard input) into text or
 * one clear problem. Nothing here can hang or fill memory: the type is checked with `stat` before
 * a file is opened (a FIFO, a device such as /dev/zero, a socket or a directory is never read),
 * files are opened non-blocking and read up to a size limit, and the bytes are decoded by what
 * they are (UTF-8, UTF-16 with a BOM, else Windows-1252, as old municipal exports are).
 */

/** What went wrong with one input; `cli/messages.ts` words each kind for the user. */
export type ProblemKind =
  | 'missing'
  | 'permission'
  | 'directory'
  | 'fifo'
  | 'device'
  | 'socket'
  | 'special'
  | 'too-large'
  | 'binary'
  | 'unreadable'
  /** The worker checking the file died (out of memory, say); the other files go on. */
  | 'crashed';

export interface InputProblem {
  readonly ok: false;
  readonly kind: ProblemKind;
  /** The system's error code (ENOENT …) or a size, for the message. */
  readonly detail?: string;
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface InputText {
  readonly ok: true;
  readonly text: string;
  readonly encoding: Encoding;
  /** A BOM in front of the text (kept in `text`, as an editor shows it, so columns agree). */
  readonly bom: boolean;
  /** Read by an importer (Word, PDF): the text is not the file, so `--fix` cannot write it back. */
  readonly imported?: boolean;
  /** An importer's last word on the findings: the original's places, its own notes. */
  readonly finish?: (findings: readonly Finding[], locale: Locale) => Finding[];
}

export type Input = InputText | InputProblem;

/** 10 MiB, as the editor's `referat.maxFileSize`: real minutes are 0.05–0.2 MB. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface ReadOptions {
  readonly maxBytes?: number;
  /** Where `-` reads from (process.stdin in the CLI). */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

export const STDIN = '-';

/**
 * Readers for formats that are not text (Word, PDF): the file's bytes (already bounded by the
 * size limit) in, its text or a problem out. An importer registers itself here with the endings it
 * reads; folders then contribute those files too (`importerExtensions`). Register from a module
 * that `checkFile.ts` imports, so the worker threads have the importer as well as the main thread.
 */
export interface Importer {
  /** Lower-case endings with the dot: `.docx`. */
  readonly extensions: readonly string[];
  toText(bytes: Uint8Array, file: string): Promise<Input>;
}

export const importers: Importer[] = [];

export function importerFor(file: string): Importer | undefined {
  const lower = file.toLowerCase();
  return importers.find((i) => i.extensions.some((x) => lower.endsWith(x)));
}

export function importerExtensions(): string[] {
  return importers.flatMap((i) => [...i.extensions]);
}

/** Reads one input: a path, or `-` for standard input. Never throws. */
export async function readInput(file: string, options: ReadOptions = {}): Promise<Input> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    if (file === STDIN) return options.stdin ? decodeOrProblem(await readStream(options.stdin, maxBytes), maxBytes) : { ok: false, kind: 'unreadable', detail: 'stdin' };
    const bytes = readRegularFile(file, maxBytes);
    if (!(bytes instanceof Uint8Array) && bytes !== undefined) return bytes;
    const importer = importerFor(file);
    if (importer && bytes) return await importer.toText(bytes, file);
    return decodeOrProblem(bytes, maxBytes);
  } catch (err) {
    return errnoProblem(err);
  }
}

/**
 * A regular file's bytes, `undefined` when it holds more than `maxBytes`, or what is wrong with the
 * path; throws only what the system throws (ENOENT …). Synchronous calls: a regular file's few
 * kilobytes are read at once, and the asynchronous ones (five round trips through libuv's four
 * shared threads per file) kept the worker threads waiting. Nothing here can block: only a regular
 * file is opened, O_NONBLOCK (a FIFO swapped in after the stat does not wait for a writer), its type
 * checked again on the open file, and never more than the limit read. Also for the files a
 * configuration names (an export template).
 */
export function readRegularFile(file: string, maxBytes: number): Uint8Array | undefined | InputProblem {
  const before = fileProblem(statSync(file), maxBytes);
  if (before) return before;
  const flags = C.O_RDONLY | (C.O_NONBLOCK ?? 0) | (C.O_NOCTTY ?? 0);
  const fd = openSync(file, flags);
  try {
    const st = fstatSync(fd);
    const again = typeProblem(st);
    if (again) return { ok: false, kind: again };
    return readFd(fd, maxBytes, st.size);
  } finally {
    closeSync(fd);
  }
}

function fileProblem(st: import('node:fs').Stats, maxBytes: number): InputProblem | undefined {
  const kind = typeProblem(st);
  if (kind) return { ok: false, kind };
  if (st.size > maxBytes) return { ok: false, kind: 'too-large', detail: String(maxBytes) };
  return undefined;
}

/**
 * The file's bytes; too large is a result, not an exception: `undefined` means more than
 * `maxBytes` bytes. The first buffer fits the size stat gave (plus one byte to see the end); a file
 * that grows meanwhile is read on in 64 KiB steps, never past the limit.
 */
function readFd(fd: number, maxBytes: number, size: number): Uint8Array | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (let want = Math.min(size + 1, maxBytes + 1); ; want = Math.min(1 << 16, maxBytes + 1 - total)) {
    const buf = Buffer.allocUnsafe(want);
    const bytesRead = readSync(fd, buf, 0, buf.length, null);
    if (bytesRead === 0) break;
    chunks.push(buf.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) return undefined;
  }
  return Buffer.concat(chunks, total);
}

/**
 * What is wrong with a path before it is opened (not a regular file, larger than the limit), or
 * undefined. For readers that open the file themselves (an importer's `checkImportedFile`).
 */
export async function regularFileProblem(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<InputProblem | undefined> {
  try {
    const st = await fs.stat(file);
    const kind = typeProblem(st);
    if (kind) return { ok: false, kind };
    if (st.size > maxBytes) return { ok: false, kind: 'too-large', detail: String(maxBytes) };
    return undefined;
  } catch (err) {
    return errnoProblem(err);
  }
}

/** Checked before anything is opened: only regular files are read. */
function typeProblem(st: import('node:fs').Stats): ProblemKind | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'special';
}

function errnoProblem(err: unknown): InputProblem {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, kind: 'missing', detail: code };
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, kind: 'permission', detail: code };
  if (code === 'EISDIR') return { ok: false, kind: 'directory', detail: code };
  return { ok: false, kind: 'unreadable', detail: code ?? String((err as Error)?.message ?? err) };
}

async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    chunks.push(b);
    total += b.length;
    if (total > maxBytes) return undefined;
  }
  return Buffer.concat(chunks, total);
}

function decodeOrProblem(bytes: Uint8Array | undefined, maxBytes: number): Input {
  if (!bytes) return { ok: false, kind: 'too-large', detail: String(maxBytes) };
  return decodeBytes(bytes);
}

const SAMPLE = 64 * 1024;

/**
 * Text from bytes, by what they are: a BOM names UTF-8 or UTF-16; otherwise valid UTF-8 is
 * UTF-8, and invalid UTF-8 without NUL bytes is Windows-1252 (a superset of Latin-1's printable
 * characters; what Danish exports without a BOM are). NUL bytes mean UTF-16 without a BOM when
 * they sit on every other byte, else a binary file; so do many control bytes.
 */
export function decodeBytes(bytes: Uint8Array): Input {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return text(bytes, 'utf-8', true);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return text(bytes, 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return text(bytes, 'utf-16be', true);
  const sample = bytes.subarray(0, SAMPLE);
  let nulEven = 0;
  let nulOdd = 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) {
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    } else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  if (nulEven + nulOdd > 0) {
    // UTF-16 text of Latin letters has a NUL in every other byte and none in the others.
    const half = sample.length / 2;
    const guess = nulOdd > half * 0.3 && nulEven === 0 ? 'utf-16le' : nulEven > half * 0.3 && nulOdd === 0 ? 'utf-16be' : undefined;
    if (guess && bytes.length % 2 === 0) {
      const t = text(bytes, guess, false);
      if (mostlyText(t.text)) return t;
    }
    return { ok: false, kind: 'binary' };
  }
  if (controls > sample.length / 20) return { ok: false, kind: 'binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    return text(bytes, 'windows-1252', false);
  }
}

/** Text, not numbers that happen to have NULs on every other byte: few controls besides whitespace. */
function mostlyText(s: string): boolean {
  const sample = s.slice(0, SAMPLE / 2);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c < 0xa0)) controls++;
  }
  return controls * 50 <= sample.length;
}

function text(bytes: Uint8Array, encoding: Encoding, bom: boolean): InputText {
  if (encoding === 'windows-1252') return { ok: true, text: decodeWindows1252(bytes), encoding, bom };
  // ignoreBOM keeps the BOM as U+FEFF in the text, as `fs.readFile(…, 'utf8')` and editors do.
  return { ok: true, text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes), encoding, bom };
}

/**
 * Windows-1252's 0x80–0x9F (€, typographic quotes and dashes, Š, Ž …); the rest is Latin-1.
 * Written out because Node 20's `TextDecoder('windows-1252')` decodes these bytes as Latin-1's
 * C1 controls (it takes a Latin-1 shortcut). The five unassigned bytes stay controls, as WHATWG has it.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** The character of each byte 0–255 in Windows-1252. */
export const WINDOWS_1252 = Array.from({ length: 256 }, (_, i) => (i >= 0x80 && i < 0xa0 ? CP1252_HIGH[i - 0x80]! : String.fromCharCode(i))).join('');

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    parts.push(String.fromCharCode(...Array.from(chunk, (b) => WINDOWS_1252.charCodeAt(b))));
  }
  return parts.join('');
}

let cp1252: Map<string, number> | undefined;

/**
 * Text back to bytes in the encoding it was read in (for `--fix`); undefined when a character
 * cannot be written in it (the file is then left alone).
 */
export function encodeText(s: string, encoding: Encoding): Uint8Array | undefined {
  if (encoding === 'utf-8') return Buffer.from(s, 'utf8');
  if (encoding === 'utf-16le') return Buffer.from(s, 'utf16le');
  if (encoding === 'utf-16be') return Buffer.from(s, 'utf16le').swap16();
  if (!cp1252) {
    cp1252 = new Map();
    for (let i = 0; i < 256; i++) cp1252.set(WINDOWS_1252[i]!, i);
  }
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const b = cp1252.get(s[i]!);
    if (b === undefined) return undefined;
    out[i] = b;
  }
  return out;
}
