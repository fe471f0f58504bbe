#!/usr/bin/env node
import { ProposedFeatures, StreamMessageWriter, createConnection } from 'vscode-languageserver/node';
import { ResilientStreamMessageReader } from './resilientReader';
import { startServer } from './server';

// `--stdio`, `--node-ipc` or `--socket=N`: vscode-languageserver reads the transport from argv.
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write('referat-language-server --stdio | --node-ipc | --socket=PORT\n');
  process.exit(0);
}
if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
// The server must outlive any bug: report it on stderr and keep serving.
process.on('uncaughtException', (err) => process.stderr.write(`referat-language-server: ${err.stack ?? String(err)}\n`));
process.on('unhandledRejection', (err) => process.stderr.write(`referat-language-server: ${String(err)}\n`));
if (process.argv.includes('--stdio')) {
  // Our own reader over stdin (see ResilientStreamMessageReader); stdout stays the protocol's, and
  // the process ends with its input, as vscode-languageserver does for `--stdio`.
  const connection = createConnection(ProposedFeatures.all, new ResilientStreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  // Nothing may write to stdout but the protocol: console output goes to the client's log.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  // A clean stop is shutdown + exit (the library exits then); input ending first is not clean.
  process.stdin.on('end', () => process.exit(1));
  process.stdin.on('close', () => process.exit(1));
  startServer(connection);
} else {
  startServer(createConnection(ProposedFeatures.all));
}
