// Reads an NDJSON response body (one JSON object per line) as it streams in: the progress streams
// of the import, catalog upload and credit-policy routes. Client-safe.
export async function* ndjson(body: ReadableStream<Uint8Array>): AsyncGenerator<Record<string, unknown>> {
  const reader = body
    .pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>)
    .getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) yield JSON.parse(line) as Record<string, unknown>;
  }
  if (buffer.trim()) yield JSON.parse(buffer) as Record<string, unknown>;
}
