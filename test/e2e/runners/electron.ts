import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT, makeWorkspace, settingsFromEnv } from '../support/paths';

/**
 * `npm run test:electron`: the same e2e suite in a downloaded VS Code (machines that can reach
 * VS Code's download host; these offline machines use runners/codeServer.ts instead).
 */
async function main(): Promise<void> {
  const workspace = makeWorkspace('electron-e2e', settingsFromEnv());
  await runTests({
    version: process.env.REFERAT_VSCODE_VERSION ?? '1.100.3',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out/test/e2e/suite/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
}

main().catch((err: unknown) => {
  console.error('test:electron failed:', err);
  process.exit(1);
});
