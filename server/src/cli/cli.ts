import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Finding, ReferatConfig, analyze, checks, defaultConfig, resolveConfig, toLocale } from '../engine';
import { formatJson, formatText } from './format';
import { checkImportedFile, isImportedFile } from '../import/check';

export interface CliIo {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown };
  readonly env: Record<string, string | undefined>;
}

const USAGE = `Brug / usage:
  referat check [--format text|json] [--lang da|en] [--config FIL.json] FIL...
  referat checks [--lang da|en]     list every check with its code and default severity

Exit: 0 ingen fejl / no errors, 1 fejl / errors found, 2 brugs- eller filfejl / usage or I/O error.
`;

export interface FileResult {
  readonly file: string;
  readonly findings: readonly Finding[];
}

/** The CLI on the same engine as the server. Returns the exit code; never calls process.exit. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  let format: 'text' | 'json' = 'text';
  let lang = toLocale(io.env.REFERAT_LANG ?? 'da');
  let configPath: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = (): string | undefined => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i]);
    if (a === '--format' || a.startsWith('--format=')) {
      const v = value();
      if (v !== 'text' && v !== 'json') return usageError(io, `--format skal være text eller json (fik ${String(v)})`);
      format = v;
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = value();
      if (v !== 'da' && v !== 'en') return usageError(io, `--lang skal være da eller en (fik ${String(v)})`);
      lang = v;
    } else if (a === '--config' || a.startsWith('--config=')) {
      configPath = value();
      if (!configPath) return usageError(io, '--config mangler et filnavn');
    } else if (a.startsWith('-') && a !== '-') {
      return usageError(io, `ukendt tilvalg ${a}`);
    } else files.push(a);
  }

  if (command === 'checks') {
    for (const c of checks) io.stdout.write(`${c.code}\t${c.defaultSeverity}\t${c.description[lang]}\n`);
    return 0;
  }
  if (command !== 'check') return usageError(io, `ukendt kommando ${command}`);
  if (files.length === 0) return usageError(io, 'ingen filer at kontrollere');

  let config: ReferatConfig = defaultConfig;
  if (configPath) {
    try {
      config = resolveConfig(JSON.parse(await fs.readFile(configPath, 'utf8')));
    } catch (err) {
      io.stderr.write(`referat: kan ikke læse konfigurationen ${configPath}: ${(err as Error).message}\n`);
      return 2;
    }
  }

  const results: FileResult[] = [];
  let ioError = false;
  for (const file of files) {
    let text: string;
    try {
      // Word and PDF minutes: read through server/src/import, findings name the original's place.
      if (isImportedFile(file)) {
        results.push({ file, findings: await checkImportedFile(file, { config, locale: lang, fileName: path.basename(file) }) });
        continue;
      }
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      io.stderr.write(`referat: kan ikke læse ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      ioError = true;
      continue;
    }
    results.push({ file, findings: analyze(text, { config, locale: lang, fileName: path.basename(file) }).findings });
  }
  io.stdout.write(format === 'json' ? formatJson(results) : formatText(results, lang));
  if (ioError) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`referat: ${message}\n\n${USAGE}`);
  return 2;
}
