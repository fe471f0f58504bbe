#!/usr/bin/env node
import { runCli } from './cli';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`referat: ${String(err)}\n`);
    process.exitCode = 2;
  },
);
