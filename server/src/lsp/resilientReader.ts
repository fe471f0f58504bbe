import { StreamMessageReader } from 'vscode-languageserver/node';

/**
 * vscode-jsonrpc's stream reader stops at a malformed header (no `Content-Length`, a line without
 * `:`) and reads on only when the next bytes arrive, so a good message that came in the same chunk
 * waits, possibly for ever. This reader drops the bad header (the library already consumed it) and
 * goes straight on with what is buffered. Every error consumes input, so this cannot loop.
 */
export class ResilientStreamMessageReader extends StreamMessageReader {
  protected override fireError(error: unknown): void {
    super.fireError(error);
    setImmediate(() => {
      try {
        (this as unknown as { onData(data: Uint8Array): void }).onData(new Uint8Array(0));
      } catch {
        /* the reader reports its own errors */
      }
    });
  }
}
