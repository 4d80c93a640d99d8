// Turns the writers' output into web ReadableStreams for route handlers. Text streams are pull-based
// (the next batch is read from the database only when the client has taken the last one); Node
// streams (exceljs, pdfkit) are bridged with Readable.toWeb, which applies the same backpressure.
import { once } from 'node:events';
import { PassThrough, Readable, type Writable } from 'node:stream';

export function textStream(chunks: AsyncIterable<string> | Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator: Iterator<string> | AsyncIterator<string> =
    Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(value));
        } catch (err) {
          console.error(err);
          controller.error(err);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}

/** Runs a writer into a PassThrough and hands back the readable side; a failure aborts the download. */
export function nodeStream(write: (out: PassThrough) => Promise<void>): ReadableStream<Uint8Array> {
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  write(out).catch((err) => {
    console.error(err);
    out.destroy(err instanceof Error ? err : new Error(String(err)));
  });
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/**
 * Waits while the consumer is behind, so a writer that ignores backpressure (exceljs, pdfkit pipe
 * into `out`) cannot fill memory. Throws once the download was abandoned, which stops the writer.
 */
export async function drained(out: Writable): Promise<void> {
  if (out.writableNeedDrain && !out.destroyed) {
    const ac = new AbortController();
    await Promise.race([
      once(out, 'drain', { signal: ac.signal }),
      once(out, 'close', { signal: ac.signal }),
    ]).finally(() => ac.abort());
  }
  if (out.destroyed) throw new Error('The download was cancelled.');
  // Let zip/deflate stages run before the next batch is produced.
  await new Promise((resolve) => setImmediate(resolve));
}

/** Collects a web stream into a Buffer (tests and the bench script). */
export async function toBuffer(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of stream as unknown as AsyncIterable<Uint8Array>) parts.push(part);
  return Buffer.concat(parts);
}
