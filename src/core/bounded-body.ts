/** Read an HTTP body into memory, refusing to hold more than a limit. */

export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

export async function readBody(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number
): Promise<Buffer> {
  if (!body) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(`the download exceeds ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
