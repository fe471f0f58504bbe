import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import { launchChromium, remoteAgentLogs, startCodeServer } from '../support/codeServer';
import { ROOT, makeWorkspace, requireFile, settingsFromEnv } from '../support/paths';

/**
 * Runs the e2e suite (out/test/e2e/suite/index.js) inside code-server's extension host, driven by
 * Playwright + Debian's chromium: the web workbench takes extensionDevelopmentPath and
 * extensionTestsPath from the page URL's payload and reports the suite's end through
 * window.codeAutomationExit. Exits with the suite's status; a suite that never reports fails.
 */
const SUITE_TIMEOUT_MS = 5 * 60_000;

async function main(): Promise<number> {
  const suite = requireFile(path.join(ROOT, 'out/test/e2e/suite/index.js'), 'run `npm run build` first');
  requireFile(path.join(ROOT, 'dist/client.js'), 'run `npm run build` first');
  const workspace = makeWorkspace('vscode-e2e', settingsFromEnv());
  const server = await startCodeServer('e2e');
  const browser = await launchChromium();
  let timer: NodeJS.Timeout | undefined;
  try {
    const page = await browser.newPage();
    let output = '';
    const exitCode = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
      timer = setTimeout(() => {
        console.error(`vscode-e2e: the suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s`);
        resolve(2);
      }, SUITE_TIMEOUT_MS);
    });
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      // The workbench asks the (unreachable) extension gallery: harmless, and not our output.
      if (/ENOTFOUND|^\s+at .*workbench\.js/.test(line)) return;
      output += line + '\n';
      (type === 'error' ? process.stderr : process.stdout).write(line + '\n');
    });
    const remote = (p: string): string => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(suite)],
    ];
    const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    console.log(`vscode-e2e: code-server ${server.url}, workspace ${path.relative(ROOT, workspace)}`);
    await page.goto(url, { timeout: 60_000 });
    const code = await exitCode;
    if (code !== 0 || !/vscode-e2e: \d+ passed/.test(output)) {
      for (const log of remoteAgentLogs(server.userDataDir)) {
        console.error(`--- ${log}\n${fs.readFileSync(log, 'utf8').split('\n').slice(-40).join('\n')}`);
      }
      return code !== 0 ? code : 3;
    }
    return 0;
  } finally {
    if (timer) clearTimeout(timer);
    await browser.close();
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('vscode-e2e: could not run:', err);
    process.exit(1);
  },
);
