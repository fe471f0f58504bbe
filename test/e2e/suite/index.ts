import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * The e2e suite's entry inside a VS Code extension host: the same module serves
 * @vscode/test-electron (`npm run test:electron`) and code-server (`runners/codeServer.ts`).
 * Every `*.test.js` beside this file is part of the suite — a new feature's tests (hover on a
 * total, completion at a section) go into a new file here, using the helpers in `vscodeHelpers`.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  if (files.length === 0) return Promise.reject(new Error(`no e2e tests in ${__dirname}`));
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const passed = runner.stats?.passes ?? 0;
        // One plain summary line the runners (and CI logs) can read.
        console.log(`vscode-e2e: ${passed} passed, ${failures} failed`);
        if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
        else if (passed === 0) reject(new Error('the e2e suite ran no test'));
        else resolve();
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
