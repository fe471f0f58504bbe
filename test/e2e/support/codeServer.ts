import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { CHROMIUM, CODE_SERVER_BIN, TMP, requireFile } from './paths';

/** A code-server (VS Code 1.100.3 with a Node extension host) on loopback, in its own process group. */
export interface CodeServer {
  readonly url: string;
  readonly port: number;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(`${url}/healthz`, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.setTimeout(2000, () => req.destroy());
    req.once('error', () => resolve(false));
  });
}

const toolHint = 'run `bash scripts/e2e/install-tools.sh` (npm test does this first)';

export function codeServerEnv(): NodeJS.ProcessEnv {
  fs.mkdirSync(TMP, { recursive: true });
  return { ...process.env, TMPDIR: TMP };
}

/** Runs `code-server ARGS` to completion (e.g. --install-extension) with a time limit. */
export function runCodeServerCli(args: string[], timeoutMs = 120_000): Promise<string> {
  requireFile(CODE_SERVER_BIN, toolHint);
  return new Promise((resolve, reject) => {
    const p = spawn(CODE_SERVER_BIN, args, { env: codeServerEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    p.stdout!.on('data', (d) => (out += d));
    p.stderr!.on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      killGroup(p);
      reject(new Error(`code-server ${args.join(' ')} timed out:\n${out}`));
    }, timeoutMs);
    p.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`code-server ${args.join(' ')} exited ${code}:\n${out}`));
    });
  });
}

function killGroup(p: ChildProcess): void {
  // The server leaves a file-watcher child behind when only the parent dies: end the whole group.
  if (p.pid === undefined) return;
  try {
    process.kill(-p.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

export async function startCodeServer(name: string, opts: { locale?: string; install?: string[]; settings?: Record<string, unknown> } = {}): Promise<CodeServer> {
  requireFile(CODE_SERVER_BIN, toolHint);
  const base = path.join(TMP, 'code-server', `${name}-${process.pid}-${Date.now()}`);
  const userDataDir = path.join(base, 'user-data');
  const extensionsDir = path.join(base, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User/settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'security.workspace.trust.enabled': false,
      'update.mode': 'none',
      'chat.commandCenter.enabled': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'git.enabled': false,
      'extensions.ignoreRecommendations': true,
      ...opts.settings,
    }),
  );
  if ((opts.locale ?? 'da') === 'da') danishDisplayLanguage(userDataDir);
  // A packaged extension is installed the way a user installs a .vsix.
  for (const vsix of opts.install ?? []) {
    await runCodeServerCli(['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', requireFile(vsix, 'run `npm run package` first')]);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = fs.openSync(path.join(base, 'code-server.log'), 'a');
  const proc = spawn(
    CODE_SERVER_BIN,
    [
      '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
      // Danish users: the extension passes VS Code's language to the server, so run VS Code in Danish.
      '--locale', opts.locale ?? 'da',
    ],
    { env: codeServerEnv(), stdio: ['ignore', log, log], detached: true }, // detached = setsid: its own process group
  );
  let exited: number | null | undefined;
  proc.once('exit', (code) => (exited = code));
  const stop = async (): Promise<void> => {
    if (exited !== undefined) return;
    const gone = new Promise<void>((r) => proc.once('exit', () => r()));
    killGroup(proc);
    const timer = setTimeout(() => proc.pid !== undefined && process.kill(-proc.pid, 'SIGKILL'), 5000);
    await gone;
    clearTimeout(timer);
    fs.closeSync(log);
  };
  const deadline = Date.now() + 60_000;
  while (!(await healthy(url))) {
    if (exited !== undefined || Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not start (exit ${exited}); see ${path.join(base, 'code-server.log')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, port, userDataDir, extensionsDir, stop };
}

/**
 * A Danish secretary's VS Code reports `da` as its language, and the extension hands that to the
 * server. code-server resolves `--locale da` to English unless a Danish language pack is
 * installed (none can be downloaded here), so register an empty one: the workbench stays in
 * English where it has no translation, but VS Code's language is `da`, as on a Danish machine.
 */
function danishDisplayLanguage(userDataDir: string): void {
  const translations = path.join(userDataDir, 'e2e-da.i18n.json');
  fs.writeFileSync(translations, JSON.stringify({ contents: {} }));
  fs.writeFileSync(
    path.join(userDataDir, 'languagepacks.json'),
    JSON.stringify({ da: { hash: 'referat-e2e', label: 'Dansk', extensions: [{ extensionIdentifier: { id: 'referat-e2e.language-pack-da' }, version: '0.0.0' }], translations: { vscode: translations } } }),
  );
}

export async function launchChromium(): Promise<Browser> {
  requireFile(CHROMIUM, toolHint);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60_000,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    ],
    env: { ...process.env, TMPDIR: TMP, HOME: path.join(TMP, 'chromium-home') },
  });
}

/** Where code-server writes its logs; named in failures so nobody has to hunt for them. */
export function remoteAgentLogs(userDataDir: string): string[] {
  const logs = path.join(userDataDir, 'logs');
  if (!fs.existsSync(logs)) return [];
  const found: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/remoteagent\.log$|exthost\.log$/.test(e.name)) found.push(p);
    }
  };
  walk(logs);
  return found;
}
