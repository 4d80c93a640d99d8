// Commits a CSV import and streams progress as NDJSON lines ({ type: 'progress' | 'done' | 'error' }).
import { AppError, httpStatus } from '@/lib/errors';
import { commitImport } from '@/lib/logs/import';
import { requireActor } from '@/lib/session';

export const dynamic = 'force-dynamic';
const MAX_BYTES = 15 * 1024 * 1024;

export async function POST(request: Request) {
  let actor;
  try {
    actor = await requireActor();
  } catch (err) {
    const code = err instanceof AppError ? err.code : 'UNAUTHENTICATED';
    return Response.json({ error: 'Sign in to continue.' }, { status: httpStatus(code) });
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File) || file.size === 0) return Response.json({ error: 'Choose a CSV file.' }, { status: 400 });
  if (file.size > MAX_BYTES) return Response.json({ error: 'Files up to 15 MB.' }, { status: 413 });
  const text = await file.text();
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (obj: unknown) => controller.enqueue(encoder.encode(JSON.stringify(obj) + '\n'));
      try {
        const result = await commitImport({ actor, text, fileName: file.name, onProgress: (done, total) => send({ type: 'progress', done, total }) });
        send({ type: 'done', ...result });
      } catch (err) {
        if (!(err instanceof AppError)) console.error(err);
        send({ type: 'error', message: err instanceof AppError ? err.message : 'The import failed; nothing was saved. Please try again.' });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
}
