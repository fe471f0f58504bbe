#!/usr/bin/env node
import { runCli } from './cli';
import { cliMessages } from './messages';

/**
 * A closed pipe (`referat check … | head -1`) ends the run quietly with 141, as a tool killed by
 * SIGPIPE does (Node ignores the signal, so the write fails with EPIPE instead); any other write
 * failure (a full disk: ENOSPC) is one line on stderr and exit 2. Either way no stack trace, and
 * the workers stop with the process.
 */
function onWriteError(err: NodeJS.ErrnoException): void {
  if (err.code === 'EPIPE') process.exit(141);
  try {
    process.stderr.write(`referat: ${cliMessages('da').writeFailed(err.code ?? err.message)}\n`);
  } catch {
    /* stderr is gone too */
  }
  process.exit(2);
}
process.stdout.on('error', onWriteError);
process.stderr.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? 141 : 2));

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() } }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`referat: ${String(err)}\n`);
    process.exitCode = 2;
  },
);
