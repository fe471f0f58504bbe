// `npm test` (after the build): every test the project has, in order, each with its own count:
// engine + protocol (mocha), then — after installing whatever editor tooling is missing — the
// VS Code e2e suite in code-server, the UI check on the packaged .vsix, Neovim and Emacs.
// A stage that cannot run fails (a missing tool is installed, never skipped); a stage that ran no
// test fails too. The last line is the total: "referat: N passed, M failed, K skipped", with the
// reason for the skipped ones above it (the tests on the real minutes are skipped when a fresh
// clone has no ../shared/corpus; CI always has it).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mocha = join(root, 'node_modules/mocha/bin/mocha.js');
const node = process.execPath;
const MOCHA_COUNTS = (out) => ({ passed: num(/^\s*(\d+) passing/m, out), failed: num(/^\s*(\d+) failing/m, out), skipped: num(/^\s*(\d+) pending/m, out) });
const PLAIN_COUNTS = (label) => (out) => {
  const m = new RegExp(`^${label}: (\\d+) passed, (\\d+) failed`, 'm').exec(out);
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : { passed: 0, failed: 0 };
};
function num(re, out) {
  const m = re.exec(out);
  return m ? Number(m[1]) : 0;
}

/**
 * From mocha's `N failing` block: for each failure its numbered title lines and the first line of
 * its error (at most 40 lines in all); empty when the output has no such block.
 */
function failureLines(out) {
  const at = out.search(/^\s*\d+ failing/m);
  if (at < 0) return [];
  const kept = [];
  let state = 'between'; // 'title' until a line ends with ':', then 'error' until its first line
  for (const raw of out.slice(at).split('\n').slice(1)) {
    const line = raw.trim();
    if (/^\d+\) /.test(line)) state = 'title';
    if (line === '' || state === 'between') continue;
    kept.push(line);
    if (state === 'title' && line.endsWith(':')) state = 'error';
    else if (state === 'error') state = 'between';
  }
  return kept.slice(0, 40);
}

const stages = [
  // The tools first: the unit stage's export and import tests read and write with LibreOffice and chromium.
  { name: 'install editor tools', needsCorpus: true, cmd: ['bash', 'scripts/e2e/install-tools.sh'] },
  { name: 'unit (engine, CLI, protocol, export, import)', cmd: [node, mocha], counts: MOCHA_COUNTS },
  { name: 'package .vsix', cmd: ['sh', '-c', `"${node}" scripts/build.mjs --production && "${node}" scripts/package.mjs`] },
  { name: 'VS Code e2e (code-server)', needsCorpus: true, cmd: [node, 'out/test/e2e/runners/codeServer.js'], counts: PLAIN_COUNTS('vscode-e2e') },
  { name: 'VS Code UI (packaged .vsix)', needsCorpus: true, cmd: [node, mocha, '--config', 'test/e2e/.mocharc.ui.json'], counts: MOCHA_COUNTS },
  { name: 'Neovim', needsCorpus: true, cmd: [node, mocha, '--config', 'test/e2e/.mocharc.editors.json', '--grep', 'Neovim'], counts: MOCHA_COUNTS },
  { name: 'Emacs + eglot', needsCorpus: true, cmd: [node, mocha, '--config', 'test/e2e/.mocharc.editors.json', '--grep', 'Emacs'], counts: MOCHA_COUNTS },
];
const STAGE_TIMEOUT_MS = 20 * 60_000;

// The editor stages open workspaces made from the real minutes. A fresh clone has none beside it:
// those stages are reported as not run, with the reason (CI has them and sets CI, so they run there).
const corpus = process.env.REFERAT_CORPUS ?? join(root, '../shared/corpus');
const haveCorpus = ['odense-bsu-2020-11-10.referat.txt', 'odense-bsu-2024-04-09.referat.md'].every((f) => existsSync(join(corpus, f)));
const corpusRequired = !!process.env.CI || process.env.REFERAT_CORPUS !== undefined;
const NO_CORPUS = `the real minutes are not in ${corpus} (put ../shared/corpus beside the clone or set REFERAT_CORPUS)`;

function run(stage) {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log(`\n=== ${stage.name}: ${stage.cmd.map((a) => (a === node ? 'node' : a)).join(' ')}`);
    // Own process group, so a stage that overruns is ended with everything it started.
    const p = spawn(stage.cmd[0], stage.cmd.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, TMPDIR: join(root, '.tmp') } });
    let out = '';
    p.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    p.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    const timer = setTimeout(() => {
      console.error(`=== ${stage.name}: timed out after ${STAGE_TIMEOUT_MS / 60000} min`);
      try { process.kill(-p.pid, 'SIGKILL'); } catch { /* gone */ }
    }, STAGE_TIMEOUT_MS);
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (Date.now() - started) / 1000;
      const counts = stage.counts ? stage.counts(out) : undefined;
      let ok = code === 0;
      let why = ok ? '' : `exit ${code ?? signal}`;
      if (ok && counts && counts.passed === 0) { ok = false; why = 'ran no test'; }
      if (ok && counts && counts.failed > 0) { ok = false; why = `${counts.failed} failed`; }
      resolve({ ...stage, ok, why, counts, seconds, out });
    });
  });
}

// Scratch from earlier runs (workspaces, code-server profiles, screenshots) is not kept.
for (const d of ['workspaces', 'code-server', 'screenshots']) rmSync(join(root, '.tmp', d), { recursive: true, force: true });
mkdirSync(join(root, '.tmp'), { recursive: true }); // every stage's TMPDIR

const results = [];
for (const stage of stages) {
  if (stage.needsCorpus && !haveCorpus && !corpusRequired) {
    console.log(`\n=== ${stage.name}: not run (${NO_CORPUS})`);
    results.push({ ...stage, counts: undefined, ok: true, why: 'not run', notRun: true, seconds: 0, out: `referat: ${stage.name} not run: ${NO_CORPUS}` });
    continue;
  }
  results.push(await run(stage));
}

console.log('\n=== summary');
let passed = 0, failed = 0, skipped = 0;
for (const r of results) {
  const c = r.counts ? `${r.counts.passed} passed, ${r.counts.failed} failed` : '';
  console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name.padEnd(30)} ${c.padEnd(24)} ${r.seconds.toFixed(1)} s${r.why ? `  (${r.why})` : ''}`);
  if (r.counts) { passed += r.counts.passed; failed += r.counts.failed; skipped += r.counts.skipped ?? 0; }
  if (!r.ok && (!r.counts || r.counts.failed === 0)) failed += 1; // a stage that could not run counts as a failure
}
// What failed, again at the end (CI shows the tail of the log): each failure's title and first error line.
for (const r of results.filter((x) => !x.ok)) for (const line of failureLines(r.out)) console.log(`${r.name}: ${line}`);
// Why tests were skipped (one line per reason, as the suites printed it).
const reasons = new Set(results.flatMap((r) => [...r.out.matchAll(/^referat: (.* not run: .*)$/gm)].map((m) => m[1])));
for (const reason of reasons) console.log(`skipped: ${reason}`);
console.log(`referat: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
