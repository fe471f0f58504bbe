import * as fs from 'node:fs';
import * as path from 'node:path';
import { checks, toLocale, type Locale } from '../engine';
import { CliIo, DEFAULT_MAX_BYTES, defaultJobs, runCheck } from './check';
import type { Format } from './format';
import { EXPORT_USAGE, runExport } from './export';
import { OUTLINE_USAGE, runOutline } from './outline';

export type { CliIo } from './check';

const USAGE = `Brug / usage:
  referat check [tilvalg / options] FIL|MAPPE|GLOB|- ...
  referat checks [--lang da|en]     list every check with its code and default severity
${EXPORT_USAGE}
${OUTLINE_USAGE}

Tilvalg / options:
  --format text|json|sarif   output (default text; sarif = SARIF 2.1.0 for code scanning)
  --lang da|en               language of the messages (default da, or $REFERAT_LANG)
  --config FIL.json          configuration (default: .referat.json beside the file or above it,
                             up to the repository root)
  --fix                      apply the safe fixes in place and say what changed
  --quiet, -q                errors only: no warnings, notes, progress or summary
  --jobs N, -j N             worker threads (default: every core)
  --sort                     output in the order of the files, not as they finish
  --no-recursive             do not walk folders
  --max-size MB              larger files are not read (default 10)
  -                          read standard input;  --  ends the options

Exit: 0 ingen fejl / no errors, 1 fejl / errors found, 2 brugs- eller filfejl / usage or I/O error,
      141 lukket pipe / closed pipe.
`;

/** The CLI on the same engine as the server. Returns the exit code; never calls process.exit. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'export') return runExport(rest, io);
  if (command === 'outline') return runOutline(rest, io);
  const parsed = parseOptions(rest, toLocale(io.env.REFERAT_LANG ?? 'da'));
  if (typeof parsed === 'string') return usageError(io, parsed);
  if (command === 'checks') {
    for (const c of checks) io.stdout.write(`${c.code}\t${c.defaultSeverity}\t${c.description[parsed.lang]}\n`);
    return 0;
  }
  if (command !== 'check') return usageError(io, `ukendt kommando ${command}`);
  if (parsed.files.length === 0) return usageError(io, 'ingen filer at kontrollere');
  return runCheck({ ...parsed, version: version() }, io);
}

interface Parsed {
  files: string[];
  format: Format;
  lang: Locale;
  configPath?: string;
  fix: boolean;
  quiet: boolean;
  jobs: number;
  sort: boolean;
  recursive: boolean;
  maxBytes: number;
}

/** Options anywhere among the files, `--name value` or `--name=value`; after `--` only files. */
function parseOptions(args: readonly string[], lang: Locale): Parsed | string {
  const p: Parsed = { files: [], format: 'text', lang, fix: false, quiet: false, jobs: defaultJobs(), sort: false, recursive: true, maxBytes: DEFAULT_MAX_BYTES };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      p.files.push(...args.slice(i + 1));
      break;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string | undefined => (eq > 0 ? a.slice(eq + 1) : args[++i]);
    switch (name) {
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') return `--format skal være text, json eller sarif (fik ${String(v)})`;
        p.format = v;
        break;
      }
      case '--lang': {
        const v = value();
        if (v !== 'da' && v !== 'en') return `--lang skal være da eller en (fik ${String(v)})`;
        p.lang = v;
        break;
      }
      case '--config':
        p.configPath = value();
        if (!p.configPath) return '--config mangler et filnavn';
        break;
      case '--jobs':
      case '-j': {
        const v = Number(value());
        if (!Number.isInteger(v) || v < 1) return '--jobs skal være et helt tal ≥ 1';
        p.jobs = v;
        break;
      }
      case '--max-size': {
        const v = Number(value());
        if (!Number.isFinite(v) || v <= 0) return '--max-size skal være et tal (MB) > 0';
        p.maxBytes = Math.round(v * 1024 * 1024);
        break;
      }
      case '--fix':
        p.fix = true;
        break;
      case '--quiet':
      case '-q':
        p.quiet = true;
        break;
      case '--sort':
        p.sort = true;
        break;
      case '--no-recursive':
        p.recursive = false;
        break;
      default:
        if (a.startsWith('-') && a !== '-') return `ukendt tilvalg ${a}`;
        p.files.push(a);
    }
  }
  return p;
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`referat: ${message}\n\n${USAGE}`);
  return 2;
}

function version(): string {
  for (const rel of ['../package.json', '../../../../package.json']) {
    try {
      return (JSON.parse(fs.readFileSync(path.join(__dirname, rel), 'utf8')) as { version: string }).version;
    } catch {
      /* try the next layout (bundle or compiled tests) */
    }
  }
  return '0.0.0';
}
