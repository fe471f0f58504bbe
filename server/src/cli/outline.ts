import * as path from 'node:path';
import { analyze, messagesFor, outline, resolveConfig, toLocale, type Locale, type OutlineNode } from '../engine';
import type { CliIo } from './cli';
import { ConfigError, ConfigFinder } from './config';
import { escapeControls } from './escape';
import { DEFAULT_MAX_BYTES, readInput } from './input';
import { cliMessages } from './messages';
import './importers';

/**
 * `referat outline [--format text|json] [--lang da|en] [--config FIL.json] FIL...`
 *
 * What Referat read in each file, as the editor's outline shows it: the layout, the meeting(s),
 * the contents, every item with its sections and tables, each with its line. A secretary or a
 * reviewer sees at a glance whether the minutes were read as they are written (an item or a
 * section missing here is why a check says nothing about it), and a script can count them.
 */
export const OUTLINE_USAGE = `  referat outline [--format text|json] [--lang da|en] [--config FIL.json] FIL...
                                    vis det, Referat læste: møde, punkter, afsnit og tabeller /
                                    show what Referat read: meeting, items, sections and tables`;

interface OutlineJson {
  readonly kind: OutlineNode['kind'];
  readonly name: string;
  readonly detail?: string;
  /** 1-based, as editors and `referat check` count. */
  readonly line: number;
  readonly endLine: number;
  readonly children?: readonly OutlineJson[];
}

export async function runOutline(args: readonly string[], io: CliIo): Promise<number> {
  let format: 'text' | 'json' = 'text';
  let lang: Locale = toLocale(io.env.REFERAT_LANG ?? 'da');
  let configPath: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string | undefined => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i]);
    if (a === '--format' || a.startsWith('--format=')) {
      const v = value();
      if (v !== 'text' && v !== 'json') return usage(io, `--format skal være text eller json (fik ${String(v)})`);
      format = v;
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = value();
      if (v !== 'da' && v !== 'en') return usage(io, `--lang skal være da eller en (fik ${String(v)})`);
      lang = v;
    } else if (a === '--config' || a.startsWith('--config=')) {
      configPath = value();
      if (!configPath) return usage(io, '--config mangler et filnavn');
    } else if (a === '--') files.push(...args.slice(i + 1)), (i = args.length);
    else if (a.startsWith('-') && a !== '-') return usage(io, `ukendt tilvalg ${a}`);
    else files.push(a);
  }
  if (files.length === 0) return usage(io, 'ingen filer');

  const msg = messagesFor(lang);
  const words = cliMessages(lang);
  const warn = (line: string) => io.stderr.write(`referat: ${line}\n`);
  const finder = new ConfigFinder(warn, words, lang, configPath);
  const json: unknown[] = [];
  let status = 0;
  for (const file of files) {
    let loaded;
    try {
      loaded = await finder.forFile(file);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      warn(err.message);
      return 2;
    }
    const input = await readInput(file, { maxBytes: DEFAULT_MAX_BYTES, stdin: io.stdin });
    if (!input.ok) {
      warn(`${escapeControls(file)}: ${words.problem(input)}`);
      status = 2;
      continue;
    }
    const config = loaded.raw === undefined ? undefined : resolveConfig(loaded.raw);
    // Text imported from Word or PDF: its lines are those of the extracted text.
    const analysis = analyze(input.text, { config, locale: lang, fileName: file === '-' ? '' : path.basename(file) });
    const nodes = outline(analysis.doc, msg);
    const { profile, itemForm, itemVariant } = analysis.doc.layout;
    const layout = { profile, itemForm, ...(itemVariant ? { itemVariant } : {}) };
    if (format === 'json') {
      // The items and their sections as data (a script counts them), and the outline as the editor shows it.
      const items = analysis.doc.items.map((item) => ({
        number: item.number.value,
        ...(item.numberSuffix !== undefined ? { suffix: item.numberSuffix } : {}),
        title: item.fullTitle.value,
        line: item.headingLine + 1,
        ...(item.journalNumber ? { journalNumber: item.journalNumber.value } : {}),
        sections: item.sections.map((s) => ({ id: s.id, heading: s.heading.value, line: s.headingLine + 1 })),
      }));
      json.push({ file, layout, items, outline: nodes.map(toJson) });
      continue;
    }
    io.stdout.write(`${escapeControls(file)}: ${msg.layoutName(layout.profile, layout.itemForm, layout.itemVariant)}\n`);
    if (nodes.length === 0) io.stdout.write(`  ${lang === 'da' ? '(ingen punkter fundet)' : '(no items found)'}\n`);
    for (const node of nodes) writeNode(io, node, 1, lang);
  }
  if (format === 'json') io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  return status;
}

function toJson(node: OutlineNode): OutlineJson {
  const j: { -readonly [K in keyof OutlineJson]: OutlineJson[K] } = { kind: node.kind, name: node.name, line: node.selectionRange.start.line + 1, endLine: node.range.end.line + 1 };
  if (node.detail !== undefined) j.detail = node.detail;
  if (node.children.length > 0) j.children = node.children.map(toJson);
  return j;
}

function writeNode(io: CliIo, node: OutlineNode, depth: number, lang: Locale): void {
  const line = `${lang === 'da' ? 'linje' : 'line'} ${node.selectionRange.start.line + 1}`;
  const detail = node.detail ? ` · ${node.detail}` : '';
  io.stdout.write(`${'  '.repeat(depth)}${escapeControls(node.name)}${escapeControls(detail)}  (${line})\n`);
  for (const child of node.children) writeNode(io, child, depth + 1, lang);
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`referat: ${message}\n\nBrug / usage:\n${OUTLINE_USAGE}\n`);
  return 2;
}
