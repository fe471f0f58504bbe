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
