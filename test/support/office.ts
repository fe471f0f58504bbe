import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './paths';

/**
 * LibreOffice (headless) as an independent reader of what the export writes. Each test run has
 * its own profile directory under .tmp, so parallel runs (other worktrees, CI jobs) do not clash
 * over one profile's lock.
 */
export function sofficeAvailable(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

const PROFILE = path.join(ROOT, '.tmp', `lo-profile-${process.pid}`);

/** Converts every file to `filter` (e.g. `txt:Text (encoded):UTF8`) in one LibreOffice start; returns the output paths. */
export function sofficeConvert(files: readonly string[], filter: string, outDir: string): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync('soffice', [`-env:UserInstallation=file://${PROFILE}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, ...files], {
    stdio: 'ignore',
    timeout: 300_000,
  });
  const ext = filter.split(':')[0]!;
  return files.map((f) => path.join(outDir, `${path.basename(f).replace(/\.[^.]+$/, '')}.${ext}`));
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITY[e.toLowerCase()] ?? m,
  );

/**
 * LibreOffice's HTML of a document back to the plain-text form minutes are checked in: a line per
 * paragraph or heading, a table row as one line of tab-separated cells (bold kept as `<b>`, as the
 * real minutes write it). LibreOffice's own text export writes each table cell on a line of its
 * own, which no reader of minutes could take for a table; this is the form «Table → Convert →
 * Table to Text» with tabs gives in LibreOffice itself.
 */
export function officeHtmlToText(html: string): string {
  const body = html.slice(html.search(/<body/i));
  const lines: string[] = [];
  const inlineText = (s: string): string =>
    decode(
      s
        .replace(/<(b|strong)\b[^>]*>/gi, '\u0001')
        .replace(/<\/(b|strong)>/gi, '\u0002')
        .replace(/<br\s*\/?>/gi, ' ')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
      .replace(/\u0001\s*\u0002/g, '')
      .replace(/\u0001/g, '<b>')
      .replace(/\u0002/g, '</b>');
  const block = /<table\b[\s\S]*?<\/table>|<(p|h[1-6]|li)\b[^>]*>([\s\S]*?)<\/\1>/gi;
  for (let m = block.exec(body); m; m = block.exec(body)) {
    if (m[0].toLowerCase().startsWith('<table')) {
      for (const row of m[0].match(/<tr\b[\s\S]*?<\/tr>/gi) ?? []) {
        const cells = (row.match(/<t[dh]\b[\s\S]*?<\/t[dh]>/gi) ?? []).map((c) => inlineText(c));
        lines.push(cells.join('\t'));
      }
      lines.push('');
    } else {
      const t = inlineText(m[2]!);
      if (t) lines.push(t, '');
    }
  }
  return lines.join('\n');
}
