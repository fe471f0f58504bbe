/**
 * The environment the language server is started with: the editor's, without
 * `NODE_EXTRA_CA_CERTS`. Node reads and parses that certificate bundle when a process starts,
 * before any code runs (on the test machine, where it names the system's 200 KB bundle, 40 ms of
 * a 120 ms start), and the server opens no TLS connection at all (test/protocol/trust.test.ts).
 * Corporate machines often set it; the server need not pay for it. An `undefined` value leaves the
 * variable out: Node's spawn skips such entries.
 */
export function serverEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, NODE_EXTRA_CA_CERTS: undefined };
}

/**
 * Node flags for every process that runs the engine: the VS Code client starts the server with
 * them, and both bins (`referat`, `referat-language-server`) carry them in their `#!` line.
 *
 * A young generation of 48 MB per semi-space instead of V8's 16 MB. One analysis of a 100 KB
 * minutes file allocates about 1.5 MB, half of it the model it returns; one of a 1 MB file 15 MB.
 * With 16 MB the large file's model is still alive at every scavenge, so it is copied, promoted
 * and collected again by the old generation's collector: the same minutes ten times over took
 * 28 times as long as once, not 10 (docs/performance.md, 2026-12-02). With 48 MB the model of a
 * megabyte file dies young like a small one's: ten times the text, 9 times the time, and the small
 * file is faster too. 24 and 32 MB helped in most runs but not all; 64 was no better than 48. V8
 * grows the young generation only while much survives, so a secretary's usual files never use it.
 * A flag V8 rejected would stop node from starting: a test starts node with these flags.
 */
export const ENGINE_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=48'];
