import { Locator, Page } from 'playwright-core';

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
