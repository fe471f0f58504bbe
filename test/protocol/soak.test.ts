import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  InitializedNotification,
  ProtocolConnection,
  PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { analyze } from '../support/engine';
import { CORPUS_2024, HAVE_CORPUS, readCorpus } from '../support/paths';
import { PublishedDiagnostics, spawnServer, stopServer } from '../support/lspServer';
import { syntheticMinutes } from '../support/synthetic';

/**
 * Memory while editing (issue 12): after many random edits the server must hold about what a fresh
 * server with the final text holds (before the fix: 1.4–2.3 GB against 75 MB after 20,000 edits,
 * the section matcher's memo keeping old versions of the text alive), and its findings must equal a
 * fresh check of the final text. The unit suite runs a small version; `npm run test:soak` runs
 * REFERAT_SOAK_EDITS=20000 on the 2024 minutes.
 */
const EDITS = Number(process.env.REFERAT_SOAK_EDITS ?? 400);
/** Edits sent in one burst before waiting for the diagnostics of the newest version. */
const BURST = 20;

/** The server's resident memory in MB (Linux), after asking for nothing: what the user's machine sees. */
function rssMb(proc: ChildProcess): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${proc.pid}/status`, 'utf8');
    const m = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 0x100000000;
}

async function start(): Promise<{ proc: ChildProcess; conn: ProtocolConnection; next: (uri: string, version: number) => Promise<PublishDiagnosticsParams> }> {
  const { proc, conn } = spawnServer();
  const diagnostics = new PublishedDiagnostics(conn);
  conn.listen();
  await conn.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {} });
  await conn.sendNotification(InitializedNotification.type, {});
  // Only what is published from now on: the wait starts after every publication so far.
  return { proc, conn, next: (uri, version) => diagnostics.next((p) => p.uri === uri && p.version === version, diagnostics.all.length) };
}

/** Settles the server: a few rounds of diagnostics of the same text, so garbage has had its chance to go. */
async function settle(s: Awaited<ReturnType<typeof start>>, uri: string, text: string, from: number): Promise<PublishDiagnosticsParams> {
  let last: PublishDiagnosticsParams | undefined;
  for (let v = from; v < from + 5; v++) {
    const done = s.next(uri, v);
    await s.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: v }, contentChanges: [{ text }] });
    last = await done;
  }
  return last!;
}

describe('memory soak: many random edits', function () {
  this.timeout(Math.max(120_000, EDITS * 60));

  it(`after ${EDITS} random edits the server holds about what a fresh one does, and its findings equal a fresh check`, async () => {
    const original = HAVE_CORPUS ? readCorpus(CORPUS_2024) : syntheticMinutes({ items: 12, tableRows: 8 });
    const uri = 'file:///tmp/soak.referat.md';
    const rnd = random(12);
    const edited = await start();
    let text = original;
    let final: PublishDiagnosticsParams;
    try {
      let version = 1;
      const opened = edited.next(uri, version);
      await edited.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'referat', version, text } });
      await opened;
      const lines = () => text.split('\n');
      for (let sent = 0; sent < EDITS; ) {
        for (let k = 0; k < BURST && sent < EDITS; k++, sent++) {
          const ls = lines();
          const line = Math.floor(rnd() * ls.length);
          const character = Math.floor(rnd() * (ls[line]!.length + 1));
          // Typing and deleting: a character or a word in, a few characters out.
          const insert = rnd() < 0.6 ? ['a', 'e', ' ', '1', '.', 'Beslutning', '\n', 'kr.'][Math.floor(rnd() * 8)]! : '';
          const remove = insert ? 0 : Math.min(ls[line]!.length - character, 1 + Math.floor(rnd() * 4));
          const range = { start: { line, character }, end: { line, character: character + remove } };
          ls[line] = ls[line]!.slice(0, character) + insert + ls[line]!.slice(character + remove);
          text = ls.join('\n');
          version++;
          await edited.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text: insert }] });
        }
        await edited.next(uri, version);
      }
      final = await settle(edited, uri, text, version + 1);
      const editedMb = rssMb(edited.proc);
      const fresh = await start();
      try {
        const first = fresh.next(uri, 1);
        await fresh.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'referat', version: 1, text } });
        await first;
        await settle(fresh, uri, text, 2);
        const freshMb = rssMb(fresh.proc);
        if (editedMb !== undefined && freshMb !== undefined) {
          console.log(`      memory after ${EDITS} edits: ${editedMb.toFixed(0)} MB; fresh server with the final text: ${freshMb.toFixed(0)} MB`);
          assert.ok(editedMb <= 3 * freshMb, `${editedMb.toFixed(0)} MB after ${EDITS} edits, ${freshMb.toFixed(0)} MB fresh`);
        }
      } finally {
        await stopServer(fresh.proc, fresh.conn);
      }
    } finally {
      await stopServer(edited.proc, edited.conn);
    }
    // The diagnostics of the last version are a fresh check of the final text.
    const expected = analyze(text).findings.map((f) => `${f.range.start.line}:${f.range.start.character} ${f.code}`);
    assert.deepEqual(
      final.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)}`),
      expected,
    );
  });
});
