import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { CodeServer, launchChromium, startCodeServer } from '../support/codeServer';
import { execFileSync } from 'node:child_process';
import { MINUTES_2020, MINUTES_2024, ROOT, TMP, makeWorkspace } from '../support/paths';
import { eventually, goToLine, openFromExplorer, rowTexts, runCommand } from './workbench';

/** A new minutes file: one item without Beslutning, the end of the file after its Resume. */
const NEW_MINUTES = ['# REFERAT Børne- og Ungeudvalget 2022-2025 d. 14-01-2025', '', '**Mødedato** Tirsdag d. 14. januar 2025 kl. 09:00', '', '# Punkt 1: Godkendelse af dagsorden', '', '00.22.00-A00-1-25', '', '## Resume', '', 'Dagsordenen godkendes.', '', ''].join('\n');
const NEW_FILE = 'nyt-udvalg.referat.md';

/**
 * What a secretary sees: the packaged .vsix installed into code-server (VS Code 1.100.3) running
 * in ENGLISH (VS Code has no Danish language pack, so that is how a Danish secretary runs it),
 * the minutes opened from the Explorer, the Outline, the Problems panel, suggestions while
 * typing, the formatter and the review panel read from the page, and screenshots for the README
 * (docs/images/) and for CI (.tmp/screenshots/).
 */
const SHOTS = path.join(TMP, 'screenshots');
const README_IMAGES = path.join(ROOT, 'docs/images');

describe('the packaged extension in the VS Code UI (code-server + chromium)', function () {
  let server: CodeServer;
  let browser: Browser;
  let page: Page;
  let workspace: string;

  async function screenshot(name: string, forReadme: boolean): Promise<void> {
    fs.mkdirSync(SHOTS, { recursive: true });
    const file = path.join(SHOTS, `${name}.png`);
    await page.screenshot({ path: file });
    if (forReadme && process.env.REFERAT_UPDATE_SCREENSHOTS === '1') {
      fs.mkdirSync(README_IMAGES, { recursive: true });
      fs.copyFileSync(file, path.join(README_IMAGES, `${name}.png`));
    }
  }

  /** Closes the Problems panel, so a picture shows the editor and the review panel whole. */
  async function hideProblems(): Promise<void> {
    if (await page.locator('.markers-panel').first().isVisible()) await page.locator('#status\\.problems').click();
  }

  before(async () => {
    workspace = makeWorkspace('ui');
    fs.writeFileSync(path.join(workspace, NEW_FILE), NEW_MINUTES);
    server = await startCodeServer('ui', {
      locale: 'en',
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

  it('runs VS Code in English', async () => {
    // The workbench speaks English: the activity bar's Explorer, not a translation.
    assert.ok((await page.locator('.activitybar [aria-label^="Explorer"]').count()) > 0);
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

  it('hovers a table total in Danish (VS Code in English)', async () => {
    await openFromExplorer(page, MINUTES_2024);
    await goToLine(page, 197, 20);
    // Hover the mouse over the stated total 1.044.235 (Service, Korrigeret budget 2023).
    const cell = page.locator('.monaco-editor .view-line span span', { hasText: /^1\.044\.235$/u }).first();
    await cell.waitFor({ timeout: 30_000 });
    await cell.hover();
    const hover = page.locator('.monaco-hover-content', { hasText: 'Korrigeret budget 2023' }).first();
    await hover.waitFor({ timeout: 30_000 });
    assert.match(await hover.innerText(), /i kolonnen «Korrigeret budget 2023».*(stemmer|afrundingsdifference)/su);
    await page.keyboard.press('Escape');
  });

  it('offers the missing Beslutning while «Besl» is typed, without Ctrl+Space', async () => {
    await openFromExplorer(page, NEW_FILE);
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Besl', { delay: 80 });
    const suggest = page.locator('.editor-widget.suggest-widget.visible').first();
    await suggest.waitFor({ timeout: 30_000 });
    const rows = await eventually(() => rowTexts(suggest), (r) => r.some((x) => x.includes('Beslutning')), 'Beslutning among the suggestions');
    assert.ok(!rows.some((r) => /^(p|pp|N)\b/u.test(r)), rows.join('\n'));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
    await eventually(async () => fs.readFileSync(path.join(workspace, NEW_FILE), 'utf8'), (t) => /\n## Beslutning\n\n.+godkender indstillingen\.|\n## Beslutning\n\n(Orientering givet|.+drøftede sagen)\./u.test(t), 'the Beslutning section in the saved file');
  });

  it('the item skeleton starts at the title, keeps its number, and what it leaves is reported as placeholder warnings', async () => {
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.editor-widget.suggest-widget.visible').first();
    await suggest.waitFor({ timeout: 30_000 });
    const skeleton = suggest.locator('.monaco-list-row', { hasText: /Punkt 2: D-sag/u }).first();
    await skeleton.waitFor({ timeout: 30_000 });
    await skeleton.click();
    await page.keyboard.type('Status på projektet', { delay: 20 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
    const saved = await eventually(async () => fs.readFileSync(path.join(workspace, NEW_FILE), 'utf8'), (t) => t.includes('Status på projektet'), 'the saved skeleton');
    // In the document's own layout: its items write no case type before the title, so neither does this one.
    assert.match(saved, /\n# Punkt 2: Status på projektet\n\n00\.00\.00-A00-1-25\n/u);
    const problems = page.locator('.markers-panel').first();
    if (!(await problems.isVisible())) await page.locator('#status\\.problems').click();
    // The Problems list is virtualised and holds three files: filter it to this check.
    const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    await filter.fill('placeholder');
    const rows = await eventually(() => rowTexts(problems), (r) => r.filter((x) => /placeholder/u.test(x)).length >= 2, 'placeholder warnings in the Problems panel');
    assert.ok(rows.some((r) => /Journalnummeret «00\.00\.00-A00-1-25» i punkt 2 er skabelonens nuller/u.test(r)), rows.join('\n'));
    assert.ok(rows.some((r) => /«Kort resume af sagen\.» i «Resume» \(punkt 2\)/u.test(r)), rows.join('\n'));
    await screenshot('pladsholdere', false);
    await filter.fill('');
  });

  it('Format Document aligns the 2024 Drift table, and `referat check` finds the same before and after', async () => {
    const file = path.join(workspace, MINUTES_2024);
    const check = () => {
      try {
        return execFileSync(process.execPath, [path.join(ROOT, 'bin/referat.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
      } catch (err) {
        return String((err as { stdout?: string }).stdout); // exit 1: findings
      }
    };
    const before = check();
    await openFromExplorer(page, MINUTES_2024);
    await runCommand(page, 'Format Document');
    await page.keyboard.press('Control+S');
    const text = await eventually(async () => fs.readFileSync(file, 'utf8'), (t) => /\nStaben {20,}\t/u.test(t), 'the formatted Drift table on disk');
    assert.match(text, /\n1\.000 kr\. {20,}\tKorrigeret budget 2023\t/u);
    const normalise = (json: string) => JSON.stringify(JSON.parse(json), (k, v: unknown) => (k === 'column' || k === 'endColumn' ? undefined : v));
    assert.equal(normalise(check()), normalise(before));
    // A picture of the aligned table for the README: the side bar closed, the table at the top.
    await page.keyboard.press('Control+B');
    // A wider window for this picture, so the aligned rows are not wrapped.
    await page.setViewportSize({ width: 1600, height: 800 });
    await hideProblems();
    await goToLine(page, 196, 1);
    await page.keyboard.press('Escape');
    await screenshot('formateret-tabel', true);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.keyboard.press('Control+B');
  });

  it('the review panel names the 2024 tables by where they stand and marks exactly the nine rounding rows', async () => {
    await runCommand(page, 'Referat: Tabelkontrol');
    const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
    const titles = await eventually(() => frame.locator('h2').allInnerTexts(), (t) => t.length >= 8, 'the tables in the review panel');
    assert.equal(titles[0], 'Punkt 2 · Sagsfremstilling · Drift');
    assert.ok(titles.every((t) => /^Punkt \d+ · /u.test(t)), titles.join('\n'));
    const drift = frame.locator('section').first();
    const roundingRows = await drift.locator('tr', { has: frame.locator('td.rounding') }).count();
    assert.equal(roundingRows, 9);
    assert.equal(await drift.locator('td.error').count(), 0);
    // Select a total: the cells it adds up are marked.
    await drift.locator('td.rounding').first().click();
    assert.ok((await drift.locator('td.part').count()) > 1);
    // The panel across the whole editor area for the picture (Ctrl+K Ctrl+M: maximise the group).
    await page.setViewportSize({ width: 1600, height: 900 });
    await hideProblems();
    await drift.locator('td.rounding').first().click();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+M');
    await screenshot('tabelkontrol', true);
  });
});
