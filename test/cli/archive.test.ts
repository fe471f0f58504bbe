import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { checks, describeConfigProblem, resolveConfig } from '../../server/src/engine';
import { runCli } from '../../server/src/cli/cli';
import { glob, segmentRegex } from '../../server/src/cli/files';
import { WorkerPool, runInWorkers } from '../../server/src/cli/pool';
import type { CheckTask, FileResult } from '../../server/src/cli/checkFile';
import { DEFAULT_CONFIG } from '../../server/src/cli/config';
import { FIXTURES, ROOT } from '../support/paths';
import { findingKeys, noStackTrace, referat, tempDir } from './support';

const NUMBERING = path.join(FIXTURES, 'numbering.referat.md');
const CLEAN = path.join(FIXTURES, 'clean.referat.md');

/** A folder of minutes: `n` copies of fixtures, some with errors, in two levels of folders. */
function archive(n: number): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, '2024', 'udvalg'), { recursive: true });
  for (let i = 0; i < n; i++) {
    const sub = i % 2 === 0 ? '2024' : path.join('2024', 'udvalg');
    fs.copyFileSync(i % 3 === 0 ? NUMBERING : CLEAN, path.join(dir, sub, `m${String(i).padStart(3, '0')}.referat.md`));
  }
  fs.writeFileSync(path.join(dir, '2024', 'README.md'), '# Noter\n\nIkke et referat.\n'); // found, not minutes: skipped
  return dir;
}

/** Issue 16: a whole archive at once, and output for other tools. */
describe('referat check over an archive', function () {
  this.timeout(120_000);

  it('walks folders, checks on worker threads and gives the same findings as one thread', () => {
    const dir = archive(24);
    const one = referat(['check', '--jobs', '1', '--sort', dir]);
    const many = referat(['check', '--jobs', '2', dir]);
    assert.equal(one.code, 1, one.stderr);
    assert.equal(many.code, 1, many.stderr);
    assert.deepEqual(many.stdout.split('\n').filter((l) => /: (error|warning|information|hint) /u.test(l)).sort(), one.stdout.split('\n').filter((l) => /: (error|warning|information|hint) /u.test(l)).sort());
    assert.match(many.stdout, /^24 filer kontrolleret: [1-9]\d* fejl/mu, 'README.md in the folder is not minutes and is skipped');
    assert.match(many.stdout, /^Fund pr\. kode: .*item-number-duplicate 8/mu);
    assert.match(many.stdout, /^Langsomste filer: .+\(\d+ ms\)/mu);
    assert.doesNotMatch(many.stdout, /README/u);
  });

  it('JSON is the same document in this thread, on one worker and on two (file order, same findings)', () => {
    const dir = archive(40);
    const inThread = referat(['check', '--jobs', '1', '--format', 'json', dir]);
    const oneWorker = referat(['check', '--jobs', '1', '--format', 'json', dir], { env: { REFERAT_POOL: '1' } });
    const twoWorkers = referat(['check', '--jobs', '2', '--format', 'json', dir]);
    assert.equal(inThread.code, 1, inThread.stderr);
    assert.equal((JSON.parse(inThread.stdout) as unknown[]).length, 40);
    assert.ok(inThread.stdout.includes('item-number-duplicate'));
    assert.equal(oneWorker.stdout, inThread.stdout);
    assert.equal(twoWorkers.stdout, inThread.stdout);
  });

  it('a pool started before the files are known and given none stops its workers', async () => {
    const pool = new WorkerPool(2);
    pool.start();
    const results: FileResult[] = [];
    await pool.run([], (r) => results.push(r), () => assert.fail('no file, no crash'));
    assert.equal(results.length, 0);
    // Given work after all, a stopped pool starts workers again and checks it.
    const tasks: CheckTask[] = [CLEAN, NUMBERING].map((file, index) => ({ index, file, found: false, config: DEFAULT_CONFIG, lang: 'da', fix: false, maxBytes: 1 << 20 }));
    await pool.run(tasks, (r) => results.push(r), () => assert.fail('no crash'));
    const byIndex = [...results].sort((a, b) => a.index - b.index);
    assert.deepEqual(byIndex.map((r) => [r.index, r.findings.some((f) => f.code === 'item-number-duplicate')]), [[0, false], [1, true]]);
  });

  it('--sort gives the files in order whatever finishes first', () => {
    const dir = archive(12);
    const r = referat(['check', '--jobs', '2', '--sort', '--format', 'json', dir]);
    const files = (JSON.parse(r.stdout) as { file: string }[]).map((x) => x.file);
    assert.equal(files.length, 12);
    assert.deepEqual(files, [...files].sort());
  });

  it('one hostile or unreadable file among many is reported and the rest go on', () => {
    const dir = archive(10);
    fs.writeFileSync(path.join(dir, '2024', 'zz-binary.referat.md'), Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 7]));
    fs.symlinkSync('/dev/zero', path.join(dir, '2024', 'zz-zero.referat.md'));
    const r = referat(['check', '--jobs', '2', dir]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split('\n').length, 2, r.stderr);
    assert.match(r.stdout, /^10 filer kontrolleret: .*; 2 filer kunne ikke læses\./mu);
    assert.ok(noStackTrace(r.stderr));
  });

  it('expands globs itself (for shells that do not), with ** and braces', async () => {
    const dir = archive(6);
    const r = referat(['check', '--format', 'json', '2024/**/m00{0,1}.referat.md'], { cwd: dir });
    assert.deepEqual((JSON.parse(r.stdout) as { file: string }[]).map((x) => x.file).sort(), ['2024/m000.referat.md', '2024/udvalg/m001.referat.md']);
    assert.deepEqual(await glob(path.join(dir, '2024', '*.md')), [path.join(dir, '2024', 'README.md'), ...['m000', 'm002', 'm004'].map((m) => path.join(dir, '2024', `${m}.referat.md`))]);
    assert.equal((await glob(path.join(dir, '**'))).filter((f) => fs.statSync(f).isFile()).length, 7, 'dir/** is every file below (the README too)');
    assert.ok(segmentRegex('[!a]?.{md,txt}').test('bx.txt'));
    assert.ok(!segmentRegex('*.md').test('a.mdx'));
    const none = referat(['check', 'findes/*.md'], { cwd: dir });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /findes\/\*\.md: filen findes ikke/u);
  });

  it('shows progress on a terminal\'s stderr only (files done, errors so far, time left) and clears it', async () => {
    const dir = archive(6);
    const run = async (isTTY: boolean) => {
      let out = '';
      let err = '';
      const code = await runCli(['check', '--jobs', '1', dir], { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s), isTTY, columns: 100 }, env: {} });
      return { code, out, err };
    };
    const tty = await run(true);
    assert.equal(tty.code, 1);
    assert.match(tty.err, /\r[1-7]\/7 filer, [0-2] med fejl(, ca\. \d+ s tilbage)?\x1b\[K/u);
    assert.match(tty.err, /\r7\/7 filer, 2 med fejl\x1b\[K/u);
    assert.ok(tty.err.endsWith('\r\x1b[K'), 'the line is cleared at the end');
    assert.doesNotMatch(tty.out, /\x1b/u, 'stdout carries no progress');
    const pipe = await run(false);
    assert.equal(pipe.err, '');
    // The same lines; results stream as files finish (four files in flight), so not in one order.
    const lines = (out: string) => out.split('\n').filter((l) => l.startsWith(dir)).sort();
    assert.deepEqual(lines(pipe.out), lines(tty.out));
  });

  it('a worker that dies costs only the file it was on; a fresh worker checks the rest', async () => {
    // A stand-in worker with the real one's contract (pool.ts: batches in, one file at a time in
    // order, the file it is on in the shared slot, results back per batch) that dies on one file,
    // so the pool's recovery is what is tested (no real input kills the engine's worker). It
    // answers two files at a time, so when it dies it holds a file it checked and did not answer
    // (f6, before `dies`): the shared slot, not the oldest file held, names the one it was on.
    const script = path.join(tempDir(), 'worker.js');
    fs.writeFileSync(
      script,
      `const { parentPort, workerData } = require('node:worker_threads');
       const current = new Int32Array(workerData.current);
       let chain = Promise.resolve();
       parentPort.on('message', (batch) => {
         chain = chain.then(async () => {
           let results = [];
           for (const [i, t] of batch.entries()) {
             Atomics.store(current, 0, t.index);
             await new Promise((done) => setTimeout(done, 2));
             if (t.file === 'dies') process.exit(3);
             results.push({ index: t.index, file: t.file, findings: [], ms: 1 });
             const last = i === batch.length - 1;
             if (results.length === 2 || last) {
               parentPort.postMessage({ results, batchDone: last });
               results = [];
             }
           }
         });
       });`,
    );
    const tasks: CheckTask[] = Array.from({ length: 30 }, (_, i) => ({ index: i, file: i === 7 ? 'dies' : `f${i}`, found: false, config: DEFAULT_CONFIG, lang: 'da', fix: false, maxBytes: 1000 }));
    const results: FileResult[] = [];
    await runInWorkers(tasks, 2, (r) => results.push(r), (t, detail) => ({ index: t.index, file: t.file, findings: [], problem: { ok: false, kind: 'unreadable', detail }, ms: 0 }), script);
    assert.deepEqual(results.map((r) => r.index).sort((a, b) => a - b), tasks.map((t) => t.index));
    const failed = results.filter((r) => r.problem);
    assert.deepEqual(failed.map((r) => r.file), ['dies']);
    assert.match(failed[0]!.problem!.detail!, /exit 3/u);
  });

  describe('--format sarif', () => {
    const schemaFile = path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const validate = () => {
      // The official SARIF 2.1.0 schema (draft-04; its `id` is draft-06's `$id`).
      const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
      delete schema.$schema;
      schema.$id = schema.id;
      delete schema.id;
      // unicodeRegExp off: the schema's `language` pattern has a stray `]` that only the u flag rejects.
      return new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(schema);
    };

    it('validates against the SARIF 2.1.0 schema, with the registry as rules and a result per finding', () => {
      const dir = archive(4);
      const r = referat(['check', '--format', 'sarif', '--jobs', '1', dir, path.join(dir, 'findes-ikke.md')]);
      assert.equal(r.code, 2);
      const log = JSON.parse(r.stdout) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
      const check = validate();
      assert.ok(check(log as object), JSON.stringify(check.errors, null, 2));
      const run = log.runs[0];
      assert.equal(run.tool.driver.name, 'referat');
      assert.deepEqual(
        run.tool.driver.rules.map((x: { id: string }) => x.id),
        checks.map((c) => c.code),
      );
      const dup = run.results.find((x: { ruleId: string }) => x.ruleId === 'item-number-duplicate');
      assert.equal(run.tool.driver.rules[dup.ruleIndex].id, 'item-number-duplicate');
      assert.equal(dup.level, 'error');
      assert.match(dup.locations[0].physicalLocation.artifactLocation.uri, /^file:\/\/\/.+m000\.referat\.md$/u);
      assert.ok(dup.locations[0].physicalLocation.region.startLine >= 1);
      assert.match(dup.message.text, /Punkt/u);
      assert.equal(run.invocations[0].toolExecutionNotifications.length, 1, 'the missing file');
      // The schema check can fail: a result without a message is rejected.
      delete dup.message;
      assert.equal(check(log as object), false);
    });

    it('speaks English with --lang en, in the rules and the results', () => {
      const r = referat(['check', '--format', 'sarif', '--lang', 'en', NUMBERING]);
      const run = JSON.parse(r.stdout).runs[0];
      assert.ok(validate()(JSON.parse(r.stdout)));
      const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'not-text');
      assert.equal(rule.shortDescription.text, checks.find((c) => c.code === 'not-text')!.description.en);
      assert.match(run.results[0].message.text, /^Item /u);
    });
  });

  it('--fix applies the safe fixes in place, says what changed, and checks again', () => {
    const dir = tempDir();
    const file = path.join(dir, 'fix.referat.md');
    fs.copyFileSync(NUMBERING, file);
    const before = referat(['check', file]);
    assert.equal(before.code, 1);
    const r = referat(['check', '--fix', file]);
    assert.match(r.stdout, /fix\.referat\.md: rettet: /u);
    assert.notEqual(fs.readFileSync(file, 'utf8'), fs.readFileSync(NUMBERING, 'utf8'));
    const after = referat(['check', file]);
    assert.equal(after.code, 0, after.stdout);
    assert.deepEqual(findingKeys(r.stdout), findingKeys(after.stdout), 'the findings shown are those left after the fix');
    assert.equal(findingKeys(after.stdout).filter((k) => k.endsWith('item-number-duplicate')).length, 0);
  });

  it('--fix keeps a Windows-1252 file in Windows-1252', () => {
    const dir = tempDir();
    const file = path.join(dir, 'fix.referat.md');
    const text = fs.readFileSync(NUMBERING, 'utf8');
    fs.writeFileSync(file, Buffer.from(text, 'latin1'));
    const r = referat(['check', '--fix', file]);
    assert.match(r.stdout, /rettet: /u);
    const bytes = fs.readFileSync(file);
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'still not UTF-8');
    assert.match(bytes.toString('latin1'), /Punkt 2/u);
  });

  it('--quiet prints errors only: no warnings, notes, progress or summary', () => {
    const r = referat(['check', '--quiet', NUMBERING, path.join(FIXTURES, 'structure.referat.txt')]);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.length > 0);
    for (const l of lines) assert.match(l, /: error /u);
    assert.equal(r.stderr, '');
  });

  describe('.referat.json', () => {
    it('is found beside the file or in a folder above it, up to the repository root; --config wins', () => {
      const repo = tempDir();
      fs.mkdirSync(path.join(repo, '.git'));
      fs.mkdirSync(path.join(repo, 'a', 'b'), { recursive: true });
      fs.copyFileSync(path.join(FIXTURES, 'structure.referat.txt'), path.join(repo, 'a', 'b', 'm.referat.txt'));
      const plain = referat(['check', 'a/b/m.referat.txt'], { cwd: repo });
      assert.match(plain.stdout, / warning missing-section/u);
      fs.writeFileSync(path.join(repo, 'a', '.referat.json'), JSON.stringify({ checks: { 'missing-section': 'error' } }));
      const found = referat(['check', 'a/b/m.referat.txt'], { cwd: repo });
      assert.match(found.stdout, / error missing-section/u);
      assert.equal(found.code, 1);
      fs.writeFileSync(path.join(repo, 'other.json'), JSON.stringify({ checks: { 'missing-section': 'off' } }));
      const explicit = referat(['check', '--config', 'other.json', 'a/b/m.referat.txt'], { cwd: repo });
      assert.doesNotMatch(explicit.stdout, /missing-section/u);
      // Above the repository root nothing is looked for.
      const outside = tempDir();
      fs.writeFileSync(path.join(outside, '.referat.json'), JSON.stringify({ checks: { 'missing-section': 'off' } }));
      fs.mkdirSync(path.join(outside, 'repo', '.git'), { recursive: true });
      fs.copyFileSync(path.join(FIXTURES, 'structure.referat.txt'), path.join(outside, 'repo', 'm.referat.txt'));
      assert.match(referat(['check', 'repo/m.referat.txt'], { cwd: outside }).stdout, /warning missing-section/u);
    });

    it('an unknown key or check code, a wrong type or an unknown layout value is one warning line in the engine\'s words, as in the editor', () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, '.referat.json'), JSON.stringify({ sektioner: [], journalNumberPattern: 7, profile: 'aarhus', checks: { 'no-such-check': 'off', date: 'off' } }));
      fs.copyFileSync(CLEAN, path.join(dir, 'm.referat.md'));
      const r = referat(['check', 'm.referat.md'], { cwd: dir });
      assert.equal(r.code, 0);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 4, r.stderr);
      const problems = resolveConfig({ sektioner: [], journalNumberPattern: 7, profile: 'aarhus', checks: { 'no-such-check': 'off', date: 'off' } }, checks.map((c) => c.code)).problems ?? [];
      assert.deepEqual(problems.map((p) => p.key).sort(), ['checks.no-such-check', 'journalNumberPattern', 'profile', 'sektioner']);
      for (const p of problems) {
        const text = describeConfigProblem(p, 'da');
        assert.equal(lines.filter((l) => /^referat: .*\.referat\.json: /u.test(l) && l.endsWith(text)).length, 1, `${p.key}: ${r.stderr}`);
      }
      assert.match(r.stderr, /«sektioner»/u);
    });

    it('is read safely: a FIFO, /dev/zero or broken JSON is one warning and the defaults are used', () => {
      for (const make of [
        (p: string) => fs.symlinkSync('/dev/zero', p),
        (p: string) => require('node:child_process').execFileSync('mkfifo', [p]),
        (p: string) => fs.writeFileSync(p, '{ "checks": '),
      ]) {
        const dir = tempDir();
        make(path.join(dir, '.referat.json'));
        fs.copyFileSync(CLEAN, path.join(dir, 'm.referat.md'));
        const r = referat(['check', 'm.referat.md'], { cwd: dir });
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
        assert.match(r.stderr, /konfigurationen .*\.referat\.json bruges ikke/u);
      }
    });
  });
});
