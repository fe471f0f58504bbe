import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { CodeServer, launchChromium, startCodeServer } from '../support/codeServer';
import { MINUTES_2020, MINUTES_2024, ROOT, TMP, makeWorkspace } from '../support/paths';
import { eventually, openFromExplorer, rowTexts } from './workbench';

/**
 * What a secretary sees: the packaged .vsix installed into code-server (VS Code 1.100.3), the
 * minutes opened from the Explorer, the Outline and the Problems panel read from the page, and
 * screenshots for the README (docs/images/) and for CI (.tmp/screenshots/).
 */
const SHOTS = path.join(TMP, 'screenshots');
const README_IMAGES = path.join(ROOT, 'docs/images');

describe('the packaged extension in the VS Code UI (code-server + chromium)', function () {
  let server: CodeServer;
  let browser: Browser;
  let page: Page;

  async function screenshot(name: string, forReadme: boolean): Promise<void> {
    fs.mkdirSync(SHOTS, { recursive: true });
    const file = path.join(SHOTS, `${name}.png`);
    await page.screenshot({ path: file });
    if (forReadme && process.env.REFERAT_UPDATE_SCREENSHOTS === '1') {
      fs.mkdirSync(README_IMAGES, { recursive: true });
      fs.copyFileSync(file, path.join(README_IMAGES, `${name}.png`));
    }
  }

  before(async () => {
    const workspace = makeWorkspace('ui');
    server = await startCodeServer('ui', {
      install: [path.join(ROOT, 'referat.vsix')],
      settings: { 'outline.collapseItems': 'alwaysCollapse', 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`, { timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // A wider side bar, so the Outline shows the items' titles: drag the sash beside it.
    const sash = await page.locator('.part.sidebar').boundingBox();
    if (sash) {
      const x = sash.x + sash.width, y = sash.y + sash.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + 200, y, { steps: 5 });
      await page.mouse.up();
    }
  });

  afterEach(async function () {
    // A failing UI check leaves a picture of what was on screen.
    if (this.currentTest?.state === 'failed' && page) await screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`, false);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('installed the .vsix as the Referat extension', () => {
    const installed = fs.readdirSync(server.extensionsDir).filter((d) => d.startsWith('referat.referat-'));
    assert.equal(installed.length, 1, `extensions: ${fs.readdirSync(server.extensionsDir).join(', ')}`);
    assert.ok(fs.existsSync(path.join(server.extensionsDir, installed[0]!, 'dist/server.js')));
    assert.ok(!fs.existsSync(path.join(server.extensionsDir, installed[0]!, 'node_modules')));
  });

  it('opens the 2024 minutes from the Explorer as a Referat document', async () => {
    await openFromExplorer(page, MINUTES_2024);
    await eventually(() => page.locator('#status\\.editor\\.mode').innerText(), (t) => t.trim() === 'Referat', 'the language mode Referat');
  });

  it('shows the meeting and its 12 items in the Outline', async () => {
    const header = page.locator('.pane-header', { hasText: /^outline$/i }).first();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const outline = page.locator('.outline-pane .monaco-list').first();
    // The meeting node is the root; expand it (items stay collapsed, so all 12 fit on screen).
    const meeting = outline.locator('.monaco-list-row[aria-level="1"]', { hasText: 'REFERAT' }).first();
    await meeting.waitFor({ timeout: 30_000 });
    if ((await meeting.getAttribute('aria-expanded')) !== 'true') await meeting.locator('.monaco-tl-twistie').click();
    // Give the outline room: collapse the folder tree above it.
    const folders = page.locator('.pane-header[aria-expanded="true"]', { has: page.locator('.title', { hasText: /^referater$/i }) }).first();
    if (await folders.count()) await folders.click();
    const items = await eventually(
      async () => (await rowTexts(outline, 2)).filter((t) => /^Punkt \d+:/.test(t)),
      (rows) => rows.length === 12,
      '12 agenda items in the Outline',
    );
    assert.deepEqual(items.map((t) => Number(/^Punkt (\d+):/.exec(t)![1])), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    assert.match(items[0]!, /^Punkt 1: Godkendelse af dagsorden/);
    await screenshot('disposition', true);
  });

  it('lists only rounding notes and the date slip for the 2024 minutes, and the five missing decisions of the 2020 minutes, in the Problems panel', async () => {
    await page.locator('#status\\.problems').click();
    const problems = page.locator('.markers-panel').first();
    await problems.waitFor({ timeout: 30_000 });
    const rows2024 = (
      await eventually(
        () => rowTexts(problems),
        (r) => r.some((x) => /\[Ln 873,/.test(x)),
        'the 2024 findings in the Problems panel',
      )
    ).filter((r) => /\breferat [a-z-]+ \[Ln \d+/.test(r)); // finding rows, not their related-information rows
    // Rounding differences are notes; the one warning is the date slip in item 7.
    assert.deepEqual(rows2024.filter((r) => !/table-rounding/.test(r)).map((r) => /\[Ln (\d+),/.exec(r)?.[1]), ['873'], rows2024.join('\n'));

    const explorerHeader = page.locator('.pane-header[aria-expanded="false"]', { has: page.locator('.title', { hasText: /^referater$/i }) }).first();
    if (await explorerHeader.count()) await explorerHeader.click();
    await openFromExplorer(page, MINUTES_2020);
    const all = await eventually(
      () => rowTexts(problems),
      (r) => r.filter((x) => /missing-section/.test(x)).length >= 5,
      'the 2020 findings in the Problems panel',
    );
    const rows = all.filter((x) => / referat .*\[Ln \d+, Col \d+\]$/.test(x) && !/table-rounding|\[Ln 873,/.test(x));
    const warnings = rows.filter((r) => r.includes('missing-section'));
    assert.deepEqual(
      warnings.map((r) => /Punkt (\d+) mangler afsnittet «Beslutning»/.exec(r)?.[1]),
      ['8', '9', '10', '11', '12'],
      rows.join('\n'),
    );
    assert.equal(rows.length, 6, rows.join('\n'));
    assert.ok(rows.some((r) => r.includes('empty-section')), rows.join('\n'));
    // Click the first warning: the editor jumps to item 8 and shows its squiggle.
    await problems.locator('.monaco-list-row', { hasText: 'Punkt 8 mangler' }).first().click();
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 30_000 });
    await screenshot('problemer', true);
  });
});
