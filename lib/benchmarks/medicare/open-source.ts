// Opens the Medicare file as a stream of text, whatever it arrives as: a CSV file, a zip holding
// the CSV (unzipped as it streams, with fflate), or an http(s) URL of either. Nothing is held whole
// in memory; `onBytes` reports the input bytes consumed for a progress bar.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Unzip, UnzipInflate } from 'fflate';

export type OpenedSource = { stream: Readable; totalBytes: number | null; name: string };

async function isZipFile(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04;
  } finally {
    await handle.close();
  }
}

/** The first .csv entry of a zip stream, decompressed as the zip streams in. */
function unzipFirstCsv(input: Readable): Readable {
  const out = new Readable({ read: () => input.resume() });
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  let found = false;
  unzip.onfile = (file) => {
    if (found || !/\.csv$/i.test(file.name)) return;
    found = true;
    file.ondata = (err, chunk, final) => {
      if (err) return void out.destroy(err);
      if (chunk.length && !out.push(Buffer.from(chunk))) input.pause();
      if (final) out.push(null);
    };
    file.start();
  };
  input.on('data', (chunk: Buffer) => unzip.push(new Uint8Array(chunk)));
  input.on('end', () => {
    unzip.push(new Uint8Array(0), true);
    if (!found) out.destroy(new Error('The zip holds no .csv file.'));
  });
  input.on('error', (err) => out.destroy(err));
  return out;
}

/** Counts bytes as they are consumed (a Transform, so nothing flows before the parser reads). */
function counted(stream: Readable, onBytes?: (n: number) => void): Readable {
  if (!onBytes) return stream;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      onBytes(chunk.length);
      done(null, chunk);
    },
  });
  stream.on('error', (err) => counter.destroy(err));
  return stream.pipe(counter);
}

export async function openMedicareSource(
  source: string,
  onBytes?: (n: number) => void,
): Promise<OpenedSource> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { redirect: 'follow' });
    if (!response.ok || !response.body)
      throw new Error(`Download failed: ${source} answered ${response.status} ${response.statusText}`);
    const raw = counted(Readable.fromWeb(response.body as WebReadableStream), onBytes);
    const zip = /\.zip($|\?)/i.test(source) || /zip/i.test(response.headers.get('content-type') ?? '');
    return {
      stream: zip ? unzipFirstCsv(raw) : raw,
      totalBytes: Number(response.headers.get('content-length')) || null,
      name: source,
    };
  }
  const { size } = await stat(source);
  const raw = counted(createReadStream(source, { highWaterMark: 1 << 20 }), onBytes);
  return { stream: (await isZipFile(source)) ? unzipFirstCsv(raw) : raw, totalBytes: size, name: source };
}
