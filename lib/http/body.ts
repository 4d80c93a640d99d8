// Request-body limits, enforced while the body streams in (never after reading it whole): a
// Content-Length over the limit is refused before a byte is read, and a body without one (chunked)
// is cut off, and refused, as soon as it passes the limit. Either way the answer is 413 with a
// message that names the limit. Used by every JSON route (readJson) and every upload.
import 'server-only';
import { AppError } from '@/lib/errors';

export const JSON_BODY_LIMIT = 1024 * 1024; // 1 MB: thousands of entries per POST
const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function tooLarge(limit: number, what: string) {
  return new AppError('TOO_LARGE', `${what} is too large: the limit is ${mb(limit)}. Nothing was saved.`);
}

/** The body as a stream that errors (with a 413 AppError) once more than `limit` bytes arrive. */
export function limitedBody(request: Request, limit: number, what = 'The request body') {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit, what);
  if (!request.body) return null;
  let seen = 0;
  return request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limit) controller.error(tooLarge(limit, what));
        else controller.enqueue(chunk);
      },
    }),
  );
}

/** Reads the whole body as text, at most `limit` bytes. */
export async function readBodyText(request: Request, limit: number, what?: string): Promise<string> {
  const body = limitedBody(request, limit, what);
  if (!body) return '';
  const decoder = new TextDecoder();
  let text = '';
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** multipart/form-data, at most `limit` bytes in all (the parts are held in memory up to that). */
export async function readFormData(request: Request, limit: number, what?: string): Promise<FormData | null> {
  const body = limitedBody(request, limit, what);
  const limited = new Response(body, {
    headers: { 'content-type': request.headers.get('content-type') ?? '' },
  });
  try {
    return await limited.formData();
  } catch (err) {
    if (err instanceof AppError) throw err;
    const cause = (err as { cause?: unknown })?.cause;
    if (cause instanceof AppError) throw cause;
    return null;
  }
}
