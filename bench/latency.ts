/**
 * Editor latency at the protocol level: the real server binary over stdio, as an editor starts
 * it. Measures server start → initialize result, and typing: one character inserted by an
 * incremental didChange → the publishDiagnostics for that version. The server schedules its check
 * with setImmediate (no debounce), so nothing has to be subtracted.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  InitializedNotification,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { spawnServer, stopServer } from '../test/support/lspServer';

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

interface Server {
  readonly conn: ProtocolConnection;
  /** Milliseconds from spawn to the initialize result. */
  readonly initMs: number;
  /** The server's peak resident set so far, MB (Linux: /proc; undefined elsewhere). */
  peakRssMb(): number | undefined;
  next(uri: string, version: number): Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
}

async function startServer(): Promise<Server> {
  const t0 = now();
  const { proc, conn } = spawnServer('inherit');
  const waiters = new Map<string, (p: PublishDiagnosticsParams) => void>();
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    const key = `${p.uri}@${p.version}`;
    waiters.get(key)?.(p);
    waiters.delete(key);
  });
  conn.listen();
  await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { locale: 'da' } });
  const initMs = now() - t0;
  await conn.sendNotification(InitializedNotification.type, {});
  return {
    conn,
    initMs,
    peakRssMb: () => peakRssMb(proc.pid),
    next: (uri, version) => new Promise((resolve) => waiters.set(`${uri}@${version}`, resolve)),
    stop: () => stopServer(proc, conn),
  };
}

function peakRssMb(pid: number | undefined): number | undefined {
  try {
    const m = /^VmHWM:\s*(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export interface TypingLatency {
  readonly median: number;
  readonly p95: number;
  readonly max: number;
  readonly edits: number;
}

/** Types `edits` characters, one didChange each, at the end of the longest line in the middle third. */
export async function typingLatency(server: Server, uri: string, text: string, edits = 60, warmup = 15): Promise<TypingLatency> {
  let version = 1;
  const opened = server.next(uri, version);
  await server.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'referat', version, text } });
  await opened;
  const lines = text.split(/\r\n|\r|\n/);
  let line = Math.floor(lines.length / 3);
  for (let i = line; i < (2 * lines.length) / 3; i++) if (lines[i]!.length > lines[line]!.length) line = i;
  let character = lines[line]!.length;
  const times: number[] = [];
  for (let k = 0; k < warmup + edits; k++) {
    version++;
    const published = server.next(uri, version);
    const t = now();
    await server.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: k % 5 === 4 ? ' ' : 'e' }],
    });
    await published;
    if (k >= warmup) times.push(now() - t);
    character++;
  }
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1]!, p95: times[Math.floor(times.length * 0.95)]!, max: times[times.length - 1]!, edits };
}

export interface LatencyResult {
  /** Median of several cold starts: spawn → initialize result. */
  readonly initMs: number;
  readonly initRuns: readonly number[];
  /** After typing in each document (the same server, in order): its peak resident set, MB. */
  readonly typing: readonly { readonly name: string; readonly bytes: number; readonly latency: TypingLatency; readonly serverPeakRssMb?: number }[];
}

export async function measureLatency(docs: readonly { name: string; text: string }[], starts = 7): Promise<LatencyResult> {
  const initRuns: number[] = [];
  for (let i = 0; i < starts; i++) {
    const s = await startServer();
    initRuns.push(s.initMs);
    await s.stop();
  }
  const server = await startServer();
  const typing: LatencyResult['typing'][number][] = [];
  for (const d of docs) {
    const uri = `file:///bench/${d.name.replace(/\W+/g, '-')}.referat.md`;
    const latency = await typingLatency(server, uri, d.text);
    typing.push({ name: d.name, bytes: Buffer.byteLength(d.text), latency, serverPeakRssMb: server.peakRssMb() });
  }
  await server.stop();
  const sorted = [...initRuns].sort((a, b) => a - b);
  return { initMs: sorted[sorted.length >> 1]!, initRuns, typing };
}

/**
 * Run as its own process (`node latency.js FILE…`) so that the measuring client is small: a big
 * benchmark process makes spawning the server slower than any editor would see. Prints JSON.
 */
if (require.main === module) {
  const files = process.argv.slice(2);
  const docs = files.map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
  measureLatency(docs).then(
    (r) => process.stdout.write(JSON.stringify(r) + '\n'),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
