import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import {
  ExitNotification,
  ProtocolConnection,
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
