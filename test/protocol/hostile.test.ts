import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  InitializedNotification,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import type { ChildProcess } from 'node:child_process';
import { FIXTURES } from '../support/paths';
import { spawnServer, stopServer } from '../support/lspServer';

/**
 * What a workspace, a setting or a file may contain must not hang the server (issue 12). Each
 * attack is made the way a cloned folder or a careless setting would make it; the server must
 * answer `initialize` and publish the document's diagnostics well within the test's timeout (a
 * backtracking engine on the hostile pattern would not answer for hours), with one warning that
 * names the configuration key, and write nothing of a file it refused into its log.
 */
const HOSTILE = '^(\\d+)+$';
/** A journal number that almost matches the hostile pattern: 2^35 steps for a backtracker. */
const NEAR_MISS = `${'1'.repeat(35)}x`;
const TEXT = fs.readFileSync(path.join(FIXTURES, 'clean.referat.md'), 'utf8').replace('85.02.02-P35-3-25', NEAR_MISS);

interface Session {
  proc: ChildProcess;
  conn: ProtocolConnection;
  logs: string[];
  diagnostics(uri: string): Promise<PublishDiagnosticsParams>;
}

async function session(init: { folder?: string; initializationOptions?: unknown; pull?: unknown }): Promise<Session> {
  const { proc, conn } = spawnServer();
  const logs: string[] = [];
  const published: PublishDiagnosticsParams[] = [];
  const waiting: { uri: string; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  conn.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push(p);
    for (const w of waiting.filter((x) => x.uri === p.uri)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(p);
    }
  });
  conn.onRequest('client/registerCapability', () => null);
  // workspace/configuration: answers with what the test gives, for every item asked.
  conn.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => init.pull ?? null));
  conn.listen();
  await conn.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: init.folder ? pathToFileURL(init.folder).toString() : null,
    workspaceFolders: init.folder ? [{ uri: pathToFileURL(init.folder).toString(), name: 'ws' }] : null,
    capabilities: init.pull !== undefined ? { workspace: { configuration: true } } : {},
    initializationOptions: init.initializationOptions,
  });
  await conn.sendNotification(InitializedNotification.type, {});
  const consumed = new Map<string, number>();
  return {
    proc,
    conn,
    logs,
    // Each publication for the document in turn: the next one not yet returned.
    diagnostics: (uri) => {
      const seen = consumed.get(uri) ?? 0;
      const mine = published.filter((p) => p.uri === uri);
      consumed.set(uri, seen + 1);
      if (mine.length > seen) return Promise.resolve(mine[seen]!);
      return new Promise((resolve) => waiting.push({ uri, resolve }));
    },
  };
}

async function open(s: Session, name = 'a.referat.md'): Promise<string> {
  const uri = `file:///tmp/hostile-${process.pid}/${name}`;
  await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'referat', version: 1, text: TEXT } });
  return uri;
}

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code));

/** Diagnostics until the expected codes are there (a later publication replaces an earlier one). */
async function diagnosticsWith(s: Session, uri: string, code: string): Promise<PublishDiagnosticsParams> {
  for (;;) {
    const p = await s.diagnostics(uri);
    if (codes(p).includes(code)) return p;
  }
}

function tempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'referat-hostile-'));
}

describe('hostile configuration cannot hang the language server', function () {
  // A backtracking engine would need hours on the near-miss: the timeout is the failure condition.
  this.timeout(15000);

  it('the catastrophic pattern through initializationOptions: checked, in linear time', async () => {
    const s = await session({ initializationOptions: { settings: { journalNumberPattern: HOSTILE } } });
    try {
      const uri = await open(s);
      const p = await diagnosticsWith(s, uri, 'journal-number');
      // No journal number of the fixture is digits only: all three fail the pattern, the near-miss too.
      assert.equal(p.diagnostics.filter((d) => d.code === 'journal-number').length, 3);
    } finally {
      await stopServer(s.proc, s.conn);
    }
  });

  it('the catastrophic pattern through workspace/configuration: checked, in linear time', async () => {
    const s = await session({ pull: { journalNumberPattern: HOSTILE } });
    try {
      const uri = await open(s);
      await diagnosticsWith(s, uri, 'journal-number');
    } finally {
      await stopServer(s.proc, s.conn);
    }
  });

  it('the catastrophic pattern through a settings change: checked, in linear time', async () => {
    const s = await session({});
    try {
      const uri = await open(s);
      await s.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { referat: { journalNumberPattern: HOSTILE } } });
      await diagnosticsWith(s, uri, 'journal-number');
    } finally {
      await stopServer(s.proc, s.conn);
    }
  });

  it('the catastrophic pattern through .referat.json: checked, in linear time', async () => {
    const folder = tempFolder();
    fs.writeFileSync(path.join(folder, '.referat.json'), JSON.stringify({ journalNumberPattern: HOSTILE }));
    const s = await session({ folder });
    try {
      const uri = await open(s);
      await diagnosticsWith(s, uri, 'journal-number');
    } finally {
      await stopServer(s.proc, s.conn);
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('a pattern RE2 refuses (backreference) is one warning naming the key, and the default is used', async () => {
    const s = await session({ initializationOptions: { settings: { journalNumberPattern: '^(\\d)\\1+$' } } });
    try {
      const uri = await open(s);
      const p = await diagnosticsWith(s, uri, 'config');
      const config = p.diagnostics.filter((d) => d.code === 'config');
      assert.equal(config.length, 1);
      assert.match(String(config[0]!.message), /«journalNumberPattern».*standarden bruges/);
      // The default is used: the KLE numbers pass (the refused pattern would fail all three), and
      // the near-miss, which does not start like a KLE number, is not held to KLE's form.
      assert.equal(p.diagnostics.filter((d) => d.code === 'journal-number').length, 0);
      assert.equal(s.logs.filter((l) => l.includes('journalNumberPattern')).length, 1);
    } finally {
      await stopServer(s.proc, s.conn);
    }
  });
});

describe('.referat.json is read only as a regular file inside the folder', function () {
  this.timeout(15000);
  const SECRET = 'TOP-SECRET-CONTENT-4711';

  /** One case: the folder as `make` leaves it; initialize answered, one warning, nothing of the target logged. */
  async function refused(make: (folder: string) => void, warning: RegExp): Promise<void> {
    const folder = tempFolder();
    make(folder);
    const s = await session({ folder });
    try {
      const uri = await open(s);
      const p = await diagnosticsWith(s, uri, 'config');
      const config = p.diagnostics.filter((d) => d.code === 'config');
      assert.equal(config.length, 1, JSON.stringify(config));
      assert.match(String(config[0]!.message), warning);
      assert.ok(!s.logs.some((l) => l.includes(SECRET) || l.includes('root:')), s.logs.join('\n'));
      assert.ok(!String(config[0]!.message).includes(SECRET));
    } finally {
      await stopServer(s.proc, s.conn);
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }

  it('a symlink to /dev/zero', async () => {
    await refused((f) => fs.symlinkSync('/dev/zero', path.join(f, '.referat.json')), /uden for arbejdsområdets mappe/);
  });

  it('a FIFO (reading it would block for good)', async () => {
    await refused((f) => {
      const r = spawnSync('mkfifo', [path.join(f, '.referat.json')]);
      assert.equal(r.status, 0, 'mkfifo');
    }, /ikke en almindelig fil/);
  });

  it('a symlink to a file outside the folder', async () => {
    const outside = tempFolder();
    fs.writeFileSync(path.join(outside, 'secret.json'), JSON.stringify({ journalNumberPattern: SECRET }));
    try {
      await refused((f) => fs.symlinkSync(path.join(outside, 'secret.json'), path.join(f, '.referat.json')), /uden for arbejdsområdets mappe/);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('a symlink to /etc/passwd', async () => {
    await refused((f) => fs.symlinkSync('/etc/passwd', path.join(f, '.referat.json')), /uden for arbejdsområdets mappe/);
  });

  it('a file that is not JSON: where the error is, never the text', async () => {
    await refused((f) => fs.writeFileSync(path.join(f, '.referat.json'), `{ "sections": ${SECRET} }`), /ikke gyldig JSON/);
  });

  it('a file too large', async () => {
    await refused((f) => fs.writeFileSync(path.join(f, '.referat.json'), `{"x":"${'a'.repeat(300 * 1024)}"}`), /større end 256 kB/);
  });

  it('a symlink inside the folder to a file inside the folder is followed', async () => {
    const folder = tempFolder();
    fs.mkdirSync(path.join(folder, 'conf'));
    fs.writeFileSync(path.join(folder, 'conf', 'referat.json'), JSON.stringify({ journalNumberPattern: '^x{3}$' }));
    fs.symlinkSync(path.join(folder, 'conf', 'referat.json'), path.join(folder, '.referat.json'));
    const s = await session({ folder });
    try {
      const uri = await open(s);
      // Every journal number now fails the configured form: 3 items, 3 findings (the near-miss among them).
      for (;;) {
        const p = await s.diagnostics(uri);
        const n = p.diagnostics.filter((d) => d.code === 'journal-number').length;
        if (n >= 3) break;
      }
    } finally {
      await stopServer(s.proc, s.conn);
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('invisible characters: answers are in the positions of the text as written', function () {
  this.timeout(15000);

  it('go to definition and document symbols on lines with zero-width spaces', async () => {
    const lines = fs.readFileSync(path.join(FIXTURES, 'clean.referat.md'), 'utf8').split('\n');
    // Contents entry (line 9) and the item heading (line 24), each with invisible characters before what matters.
    lines[9] = `\u200B\u200B${lines[9]}`;
    lines[24] = lines[24]!.replace('# **Punkt 2', '#\u200B\u200B\u200B **Punkt 2').replace('foreningernes', 'fo\u200Breningernes');
    const text = lines.join('\n');
    const s = await session({});
    try {
      const uri = `file:///tmp/hostile-${process.pid}/zw.referat.md`;
      await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'referat', version: 1, text } });
      // Column 7 of the entry as written is column 5 of its canonical form: inside «B-sag».
      const target = (await s.conn.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line: 9, character: 7 } })) as { range: { start: { line: number; character: number }; end: { line: number; character: number } } } | null;
      assert.ok(target, 'no definition');
      assert.equal(target.range.start.line, 24);
      // The range ends at the end of the heading as written (the canonical end is four columns earlier).
      assert.equal(target.range.end.character, lines[24]!.length);
      const symbols = (await s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as { children?: { name: string; range: { end: { line: number; character: number } } }[] }[];
      const item = symbols[0]!.children!.find((c) => c.name.startsWith('Punkt 2'))!;
      assert.ok(item, JSON.stringify(symbols).slice(0, 300));
    } finally {
      await stopServer(s.proc, s.conn);
    }
  });
});
