#!/usr/bin/env node
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
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
startServer(createConnection(ProposedFeatures.all));
