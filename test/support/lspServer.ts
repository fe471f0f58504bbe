import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import {
  ExitNotification,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './paths';
import { ENGINE_NODE_FLAGS, serverEnvironment } from '../../server/src/lsp/environment';

/**
 * The language server as an editor starts it (`referat-language-server --stdio`), with a protocol
 * connection to it. Shared by the protocol tests and the latency benchmark. The connection is not
 * listening yet, so handlers can be registered first.
 */
export function spawnServer(stderr: 'pipe' | 'inherit' = 'pipe'): { proc: ChildProcess; conn: ProtocolConnection } {
  // The environment and node flags the VS Code client gives the server, which are the bin's own
  // `#!` flags too (see server/src/lsp/environment.ts).
  const proc = spawn(process.execPath, [...ENGINE_NODE_FLAGS, path.join(ROOT, 'bin/referat-language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', stderr], env: serverEnvironment() });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  return { proc, conn };
}

/** Shutdown and exit as the protocol says, then wait for the process to end. */
export async function stopServer(proc: ChildProcess, conn: ProtocolConnection): Promise<void> {
  await conn.sendRequest(ShutdownRequest.type);
  await conn.sendNotification(ExitNotification.type);
  conn.dispose();
  if (proc.exitCode === null) await new Promise((r) => proc.once('exit', r));
}

/**
 * Every publishDiagnostics a server sends, in order, and a wait for one: the first publication at
 * index `from` or later that matches, already there or still to come. Register it before `listen`.
 */
export class PublishedDiagnostics {
  readonly all: PublishDiagnosticsParams[] = [];
  private readonly waiting: { from: number; match: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];

  constructor(conn: ProtocolConnection) {
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const at = this.all.push(p) - 1;
      for (const w of this.waiting.filter((x) => at >= x.from && x.match(p))) {
        this.waiting.splice(this.waiting.indexOf(w), 1);
        w.resolve(p);
      }
    });
  }

  next(match: (p: PublishDiagnosticsParams) => boolean, from = 0): Promise<PublishDiagnosticsParams> {
    const found = this.all.find((p, k) => k >= from && match(p));
    return found ? Promise.resolve(found) : new Promise((resolve) => this.waiting.push({ from, match, resolve }));
  }
}
