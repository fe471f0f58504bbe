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
