import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { serverEnvironment } from '../../server/src/lsp/environment';

/** The server starts without the editor's extra CA certificates (it opens no TLS connection). */
describe('the server environment', () => {
  it('keeps the editor environment but leaves NODE_EXTRA_CA_CERTS out of the started process', () => {
    const env = serverEnvironment({ PATH: process.env.PATH, REFERAT_PROBE: 'kept', NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt' });
    const seen = execFileSync(process.execPath, ['-e', 'process.stdout.write(JSON.stringify([process.env.REFERAT_PROBE, "NODE_EXTRA_CA_CERTS" in process.env]))'], { env, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(seen), ['kept', false]);
  });
});
