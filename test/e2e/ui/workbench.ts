import * as fs from 'node:fs';
import * as path from 'node:path';
import { Browser, Locator, Page } from 'playwright-core';
import { CodeServer, launchChromium, startCodeServer } from '../support/codeServer';
import { ROOT, TMP } from '../support/paths';

/** Small helpers over the VS Code workbench DOM (selectors of VS Code 1.100). */

export async function openFromExplorer(page: Page, name: string): Promise<void> {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: 60_000 });
  await row.dblclick();
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
}

/** The rows a virtualised tree has rendered, as text; with `level`, only those of that depth. */
export async function rowTexts(list: Locator, level?: number): Promise<string[]> {
  const rows = level === undefined ? list.locator('.monaco-list-row') : list.locator(`.monaco-list-row[aria-level="${level}"]`);
  return (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Waits until `read()` satisfies `ok`, or throws with the last value read (no fixed sleeps). */
export async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

/** Runs a command from the command palette by its title (F1, type, Enter). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ timeout: 30_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
}

/** Puts the cursor at a line and column (1-based) with Go to Line (Ctrl+G). */
export async function goToLine(page: Page, line: number, column: number): Promise<void> {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ timeout: 30_000 });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
}

/** A code-server with the packaged extension, chromium on it, and the workbench open on a folder. */
export interface Workbench {
  readonly server: CodeServer;
  readonly browser: Browser;
  readonly page: Page;
}

/**
 * Starts code-server `name` with the packaged `referat.vsix` and the given settings (a light theme by
 * default), opens `workspace` in chromium and waits for the workbench.
 */
export async function openWorkbench(name: string, workspace: string, opts: { locale?: string; settings?: Record<string, unknown> } = {}): Promise<Workbench> {
  const server = await startCodeServer(name, { locale: opts.locale, install: [path.join(ROOT, 'referat.vsix')], settings: { 'workbench.colorTheme': 'Default Light Modern', ...opts.settings } });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`, { timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  return { server, browser, page };
}

/** Closes what `openWorkbench` started (either may be missing when its start failed). */
export async function closeWorkbench(w: Workbench | undefined): Promise<void> {
  await w?.browser.close();
  await w?.server.stop();
}

/** For mocha's afterEach: a screenshot of the page when the test failed, named after the test. */
export async function screenshotIfFailed(test: Mocha.Test | undefined, page: Page | undefined, prefix: string, dir = path.join(TMP, 'screenshots')): Promise<void> {
  if (test?.state !== 'failed' || !page) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `failed-${prefix}-${test.title.replace(/\W+/g, '-').slice(0, 50)}.png`) });
}
