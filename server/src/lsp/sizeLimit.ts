import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import { messagesFor, toLocale } from '../engine';
import { DIAGNOSTIC_SOURCE } from './convert';

/**
 * A file above `referat.maxFileSize` (MB) is not checked at all: the server says so once, in one
 * clear diagnostic, instead of freezing the editor on a 50 MB paste. Real minutes are 0.05–0.2 MB;
 * the engine handles 4 MB in well under a second, so 10 MB leaves room.
 */
export const DEFAULT_MAX_FILE_SIZE_MB = 10;
export const FILE_TOO_LARGE = 'file-too-large';

/** The limit in bytes from the `referat.maxFileSize` setting; anything malformed means the default. */
export function maxFileSizeBytes(setting: unknown): number {
  const mb = typeof setting === 'number' && Number.isFinite(setting) && setting > 0 ? setting : DEFAULT_MAX_FILE_SIZE_MB;
  return Math.round(mb * 1024 * 1024);
}

/** The file's size in bytes (UTF-8) when it is above the limit, else undefined. */
export function sizeAboveLimit(text: string, limitBytes: number): number | undefined {
  // UTF-8 takes at most three bytes per UTF-16 unit: an ordinary file is let through uncounted.
  if (text.length * 3 <= limitBytes) return undefined;
  const bytes = Buffer.byteLength(text, 'utf8');
  return bytes > limitBytes ? bytes : undefined;
}

export function fileTooLargeDiagnostic(bytes: number, limitBytes: number, locale: string): Diagnostic {
  const mb = (b: number) => {
    const s = (b / (1024 * 1024)).toFixed(1);
    return toLocale(locale) === 'da' ? s.replace('.', ',') : s;
  };
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    code: FILE_TOO_LARGE,
    source: DIAGNOSTIC_SOURCE,
    message: messagesFor(locale).fileTooLarge(mb(bytes), mb(limitBytes)),
  };
}
