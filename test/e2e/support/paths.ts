import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root (this file runs from out/test/e2e/support/). */
export const ROOT = path.resolve(__dirname, '../../../..');

/** The real minutes: `../shared/corpus` beside the repository, or $REFERAT_CORPUS. */
export const CORPUS = process.env.REFERAT_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
export const MINUTES_2020 = 'odense-bsu-2020-11-10.referat.txt';
export const MINUTES_2024 = 'odense-bsu-2024-04-09.referat.md';

/** Ignored scratch space for sockets, profiles, workspaces and logs (never /tmp). */
export const TMP = path.join(ROOT, '.tmp');
export const TOOLS = path.join(ROOT, '.tools');
export const CODE_SERVER_BIN = path.join(TOOLS, 'code-server/node_modules/.bin/code-server');
export const CHROMIUM = process.env.REFERAT_CHROMIUM ?? '/usr/bin/chromium';

/** What a test needs must be there; a missing tool fails loudly instead of skipping. */
export function requireFile(file: string, hint: string): string {
  if (!fs.existsSync(file)) throw new Error(`missing ${file}: ${hint}`);
  return file;
}

/**
 * A fresh workspace folder with copies of the real minutes (../shared is never modified), and
 * optional workspace settings (used to prove the suite fails when a check is switched off).
 */
export function makeWorkspace(name: string, settings?: Record<string, unknown>): string {
  // A unique parent, and a plain folder name for what the Explorer shows.
  const dir = path.join(TMP, 'workspaces', `${name}-${process.pid}-${Date.now()}`, 'referater');
  fs.mkdirSync(dir, { recursive: true });
  for (const f of [MINUTES_2020, MINUTES_2024]) {
    fs.copyFileSync(requireFile(path.join(CORPUS, f), 'the real minutes (set REFERAT_CORPUS)'), path.join(dir, f));
  }
  if (settings && Object.keys(settings).length) {
    fs.mkdirSync(path.join(dir, '.vscode'));
    fs.writeFileSync(path.join(dir, '.vscode/settings.json'), JSON.stringify(settings, null, 2));
  }
  return dir;
}

/** Extra workspace settings from $REFERAT_E2E_SETTINGS (JSON), e.g. '{"referat.checks.missing-section":"off"}'. */
export function settingsFromEnv(): Record<string, unknown> | undefined {
  const raw = process.env.REFERAT_E2E_SETTINGS;
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
}
