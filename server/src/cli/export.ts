import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ReferatConfig, defaultConfig, resolveConfig, toLocale, type Finding } from '../engine';
import type { CliIo } from './cli';
import { findConfigFile, readConfig } from './config';
import { readRegularFile } from './input';

/**
 * `referat export --to docx|pdf|html [--out FIL] [--template SKABELON.docx] [--force] FIL...`
 *
 * Writes the minutes as Word, PDF or a web page beside each file (or to --out, for one file).
 * Before writing it checks the document: errors are listed and the file is written anyway (exit
 * 1, so a script notices); placeholders left from snippets stop the export unless --force.
 * The template comes from --template or from `export.template` in the `.referat.json` nearest
 * above the file (a path relative to that file).
 */
export const EXPORT_USAGE = `  referat export --to docx|pdf|html [--out FIL] [--template SKABELON.docx] [--force] [--lang da|en] [--config FIL.json] FIL...
                                    eksportér til Word, PDF eller HTML / export to Word, PDF or HTML`;

type Format = 'docx' | 'pdf' | 'html';

export async function runExport(args: readonly string[], io: CliIo): Promise<number> {
  let to: Format | undefined;
  let out: string | undefined;
  let templatePath: string | undefined;
  let configPath: string | undefined;
  let force = false;
  let lang = toLocale(io.env.REFERAT_LANG ?? 'da');
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string | undefined => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i]);
    if (a === '--to' || a.startsWith('--to=')) {
      const v = value();
      if (v !== 'docx' && v !== 'pdf' && v !== 'html') return usage(io, `--to skal være docx, pdf eller html (fik ${String(v)})`);
      to = v;
    } else if (a === '--out' || a === '-o' || a.startsWith('--out=')) {
      out = value();
      if (!out) return usage(io, '--out mangler et filnavn');
    } else if (a === '--template' || a.startsWith('--template=')) {
      templatePath = value();
      if (!templatePath) return usage(io, '--template mangler et filnavn');
    } else if (a === '--config' || a.startsWith('--config=')) {
      configPath = value();
      if (!configPath) return usage(io, '--config mangler et filnavn');
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = value();
      if (v !== 'da' && v !== 'en') return usage(io, `--lang skal være da eller en (fik ${String(v)})`);
      lang = v;
    } else if (a === '--force' || a === '-f') force = true;
    else if (a.startsWith('-') && a !== '-') return usage(io, `ukendt tilvalg ${a}`);
    else files.push(a);
  }
  if (!to) return usage(io, '--to mangler (docx, pdf eller html)');
  if (files.length === 0) return usage(io, 'ingen filer at eksportere');
  if (out && files.length > 1) return usage(io, '--out kan kun bruges med én fil');

  // Loaded only for this command: `referat check` does not pay for the Word and PDF libraries.
  const { exportMinutes, exportFileName } = await import('../export/index.js');
  const da = lang === 'da';
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      io.stderr.write(`referat: ${da ? 'kan ikke læse' : 'cannot read'} ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      status = 2;
      continue;
    }
    let settings: Settings;
    try {
      settings = await settingsFor(file, configPath, templatePath);
    } catch (err) {
      io.stderr.write(`referat: ${(err as Error).message}\n`);
      status = 2;
      continue;
    }
    let result;
    try {
      result = await exportMinutes(text, to, { config: settings.config, locale: lang, fileName: path.basename(file), template: to === 'docx' ? settings.template : undefined });
    } catch (err) {
      io.stderr.write(`referat: ${da ? 'kunne ikke eksportere' : 'could not export'} ${file}: ${(err as Error).message}\n`);
      status = 2;
      continue;
    }
    const { errors, placeholders } = result.preflight;
    if (placeholders.length) {
      io.stderr.write(`${file}: ${da ? `${placeholders.length} pladsholder(e) fra skabeloner er ikke udfyldt` : `${placeholders.length} placeholder(s) from snippets are not filled in`}\n`);
      for (const f of placeholders) io.stderr.write(describe(file, f));
      if (!force) {
        io.stderr.write(da ? '  Ikke eksporteret. Brug --force for at eksportere alligevel.\n' : '  Not exported. Use --force to export anyway.\n');
        status = Math.max(status, 1);
        continue;
      }
    }
    if (errors.length) {
      io.stderr.write(`${file}: ${da ? `advarsel: dokumentet har ${errors.length} fejl` : `warning: the document has ${errors.length} error(s)`}\n`);
      for (const f of errors) io.stderr.write(describe(file, f));
      status = Math.max(status, 1);
    }
    const target = out ?? exportFileName(file, to);
    try {
      if (target === '-') io.stdout.write(Buffer.from(result.bytes) as unknown as string);
      else await fs.writeFile(target, result.bytes);
    } catch (err) {
      io.stderr.write(`referat: ${da ? 'kan ikke skrive' : 'cannot write'} ${target}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      status = 2;
      continue;
    }
    if (target !== '-') io.stdout.write(`${target}\n`);
  }
  return status;
}

function describe(file: string, f: Finding): string {
  return `  ${file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.code}: ${f.message}\n`;
}

interface Settings {
  readonly config: ReferatConfig;
  readonly template?: Uint8Array;
}

/** The configuration (--config, or the nearest `.referat.json` above the file) and the template it names. */
async function settingsFor(file: string, configPath: string | undefined, templatePath: string | undefined): Promise<Settings> {
  // The same search and the same safe reading as `referat check` (cli/config.ts): a FIFO, a device
  // or a huge file named `.referat.json` never makes the export wait or fill the memory.
  const configFile = configPath ?? (await findConfigFile(file));
  let config = defaultConfig;
  let raw: Record<string, unknown> = {};
  if (configFile) {
    try {
      raw = (await readConfig(configFile)) as Record<string, unknown>;
      config = resolveConfig(raw);
    } catch (err) {
      throw new Error(`kan ikke læse konfigurationen ${configFile}: ${(err as Error).message}`);
    }
  }
  const exportSettings = raw.export && typeof raw.export === 'object' ? (raw.export as Record<string, unknown>) : {};
  const named = templatePath ?? (typeof exportSettings.template === 'string' && configFile ? path.resolve(path.dirname(configFile), exportSettings.template) : undefined);
  if (!named) return { config };
  let template: ReturnType<typeof readRegularFile>;
  try {
    template = readRegularFile(named, MAX_TEMPLATE_BYTES);
  } catch (err) {
    throw new Error(`kan ikke læse skabelonen ${named}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (template instanceof Uint8Array) return { config, template };
  throw new Error(`kan ikke læse skabelonen ${named}: ${template ? template.kind : `større end ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB`}`);
}

/** A Word template with a logo is a few hundred kilobytes; this is far above any real one. */
const MAX_TEMPLATE_BYTES = 32 * 1024 * 1024;

function usage(io: CliIo, message: string): number {
  io.stderr.write(`referat: ${message}\n\nBrug / usage:\n${EXPORT_USAGE}\n`);
  return 2;
}
