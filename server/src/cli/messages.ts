import { messagesFor, type Locale } from '../engine';
import type { Encoding, InputProblem } from './input';

/** The CLI's own words (about files, not minutes), Danish and English side by side. */
export interface CliMessages {
  problem(p: InputProblem): string;
  readAs(encoding: Encoding): string;
  fixed(title: string): string;
  /** The layout the file was read with (the engine's words). */
  layout(profile: string, itemForm?: string, itemVariant?: string): string;
  fixNotWritten(reason: string): string;
  fixStdin(): string;
  configProblem(file: string, detail: string): string;
  summary(files: number, errors: number, warnings: number, infos: number, problems: number): string;
  perCode(list: string): string;
  slowest(list: string): string;
  progress(done: number, total: number, errors: number, left: string): string;
  noFiles(): string;
  writeFailed(code: string): string;
}

const mb = (bytes: string, comma: boolean) => {
  const s = (Number(bytes) / (1024 * 1024)).toFixed(1);
  return comma ? s.replace('.', ',') : s;
};

const encodingName: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 (Latin-1)',
};

const da: CliMessages = {
  problem(p) {
    switch (p.kind) {
      case 'missing':
        return 'filen findes ikke (ENOENT)';
      case 'permission':
        return `ingen adgang til filen (${p.detail ?? 'EACCES'})`;
      case 'directory':
        return 'er en mappe (mapper gennemgås kun uden --no-recursive)';
      case 'fifo':
        return 'er en navngivet pipe (FIFO), ikke en fil: springes over';
      case 'device':
        return 'er en enhed, ikke en fil: springes over';
      case 'socket':
        return 'er en socket, ikke en fil: springes over';
      case 'special':
        return 'er ikke en almindelig fil: springes over';
      case 'too-large':
        return `filen er større end ${mb(p.detail ?? '0', true)} MB (--max-size) og bliver ikke kontrolleret`;
      case 'binary':
        return 'filen er ikke tekst (binære data) og bliver ikke kontrolleret';
      case 'unreadable':
        return `kan ikke læse filen (${p.detail ?? 'ukendt fejl'})`;
      case 'crashed':
        return `kontrollen af filen stoppede uventet (${p.detail ?? 'ukendt fejl'}); de andre filer kontrolleres`;
    }
  },
  readAs: (e) => `læst som ${encodingName[e]}, ikke UTF-8`,
  fixed: (t) => `rettet: ${t}`,
  layout: (p, f, v) => messagesFor('da').layoutName(p, f, v),
  fixNotWritten: (e) => `rettelserne kan ikke skrives i filens tegnsæt (${e}); filen er ikke ændret`,
  fixStdin: () => '--fix retter kun filer, ikke standard input',
  configProblem: (f, d) => `konfigurationen ${f} bruges ikke: ${d}`,
  summary: (files, e, w, i, p) =>
    `${files} ${files === 1 ? 'fil' : 'filer'} kontrolleret: ${e} fejl, ${w} ${w === 1 ? 'advarsel' : 'advarsler'}, ${i} ${i === 1 ? 'bemærkning' : 'bemærkninger'}` +
    (p ? `; ${p} ${p === 1 ? 'fil' : 'filer'} kunne ikke læses.` : '.'),
  perCode: (l) => `Fund pr. kode: ${l}`,
  slowest: (l) => `Langsomste filer: ${l}`,
  progress: (d, t, e, left) => `${d}/${t} filer, ${e} med fejl${left ? `, ca. ${left} tilbage` : ''}`,
  noFiles: () => 'ingen filer at kontrollere',
  writeFailed: (c) => `kan ikke skrive resultatet (${c})`,
};

const en: CliMessages = {
  problem(p) {
    switch (p.kind) {
      case 'missing':
        return 'no such file (ENOENT)';
      case 'permission':
        return `permission denied (${p.detail ?? 'EACCES'})`;
      case 'directory':
        return 'is a directory (directories are walked only without --no-recursive)';
      case 'fifo':
        return 'is a named pipe (FIFO), not a file: skipped';
      case 'device':
        return 'is a device, not a file: skipped';
      case 'socket':
        return 'is a socket, not a file: skipped';
      case 'special':
        return 'is not a regular file: skipped';
      case 'too-large':
        return `the file is larger than ${mb(p.detail ?? '0', false)} MB (--max-size) and is not checked`;
      case 'binary':
        return 'the file is not text (binary data) and is not checked';
      case 'unreadable':
        return `cannot read the file (${p.detail ?? 'unknown error'})`;
      case 'crashed':
        return `checking the file stopped unexpectedly (${p.detail ?? 'unknown error'}); the other files are checked`;
    }
  },
  readAs: (e) => `read as ${encodingName[e]}, not UTF-8`,
  fixed: (t) => `fixed: ${t}`,
  layout: (p, f, v) => messagesFor('en').layoutName(p, f, v),
  fixNotWritten: (e) => `the fixes cannot be written in the file's encoding (${e}); the file is unchanged`,
  fixStdin: () => '--fix fixes files only, not standard input',
  configProblem: (f, d) => `the configuration ${f} is not used: ${d}`,
  summary: (files, e, w, i, p) =>
    `${files} file${files === 1 ? '' : 's'} checked: ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} note${i === 1 ? '' : 's'}` +
    (p ? `; ${p} file${p === 1 ? '' : 's'} could not be read.` : '.'),
  perCode: (l) => `Findings per code: ${l}`,
  slowest: (l) => `Slowest files: ${l}`,
  progress: (d, t, e, left) => `${d}/${t} files, ${e} with errors${left ? `, about ${left} left` : ''}`,
  noFiles: () => 'no files to check',
  writeFailed: (c) => `cannot write the result (${c})`,
};

export function cliMessages(lang: Locale): CliMessages {
  return lang === 'en' ? en : da;
}
