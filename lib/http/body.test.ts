// Body limits are enforced while the body streams in: a declared Content-Length over the limit is
// refused before reading, a chunked body is cut off as soon as it passes the limit.
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { readBodyText, readFormData } from './body';

/** A chunked body of `total` bytes in 64 KiB pieces, counting how many bytes were pulled. */
function chunked(total: number) {
  const pulled = { bytes: 0 };
  const piece = new Uint8Array(64 * 1024).fill(0x61);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= total) return controller.close();
      pulled.bytes += piece.byteLength;
      controller.enqueue(piece);
    },
  });
  return { body, pulled };
}

describe('request body limits', () => {
  it('refuses a declared Content-Length over the limit with 413 before reading anything', async () => {
    const { body, pulled } = chunked(10 * 1024 * 1024);
    const request = new Request('http://x.test/', {
      method: 'POST',
      body,
      headers: { 'content-length': String(200 * 1024 * 1024) },
      duplex: 'half',
    } as RequestInit);
    const err = await readBodyText(request, 1024 * 1024).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(413);
    expect((err as AppError).message).toMatch(/limit is 1 MB/);
    expect(pulled.bytes).toBeLessThanOrEqual(64 * 1024);
  });

  it('cuts a chunked body off just past the limit (it never reads the other 199 MB)', async () => {
    const { body, pulled } = chunked(200 * 1024 * 1024);
    const request = new Request('http://x.test/', { method: 'POST', body, duplex: 'half' } as RequestInit);
    await expect(readBodyText(request, 1024 * 1024)).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(pulled.bytes).toBeLessThan(2 * 1024 * 1024);
  });

  it('reads a body within the limit, and multipart uploads under the same rule', async () => {
    const ok = new Request('http://x.test/', { method: 'POST', body: '{"a":1}' });
    expect(await readBodyText(ok, 1024)).toBe('{"a":1}');
    const form = new FormData();
    form.set('file', new File(['x'.repeat(5000)], 'big.csv'));
    const upload = () => new Request('http://x.test/', { method: 'POST', body: form });
    expect(((await readFormData(upload(), 64 * 1024))?.get('file') as File).size).toBe(5000);
    await expect(readFormData(upload(), 1024, 'The file')).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });
});
