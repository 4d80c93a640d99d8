// Commits a CSV import and streams progress as NDJSON lines ({ type: 'progress' | 'done' | 'error' }).
import { AppError } from '@/lib/errors';
import { assertSameOrigin, errorResponse } from '@/lib/http/route';
import { commitImport } from '@/lib/logs/import';
import { readUploadedCsv } from '@/lib/logs/import-upload';
import { requireActor } from '@/lib/session';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  let actor;
  let upload;
  try {
    actor = await requireActor();
    assertSameOrigin(request);
    upload = await readUploadedCsv(request);
  } catch (err) {
    return errorResponse(err);
  }
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (obj: unknown) => controller.enqueue(encoder.encode(JSON.stringify(obj) + '\n'));
      try {
        const result = await commitImport({
          actor,
          text: upload.text,
          fileName: upload.name,
          onProgress: (done, total) => send({ type: 'progress', done, total }),
        });
        send({ type: 'done', ...result });
      } catch (err) {
        if (!(err instanceof AppError)) console.error(err);
        send({
          type: 'error',
          message:
            err instanceof AppError ? err.message : 'The import failed; nothing was saved. Please try again.',
        });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' },
  });
}
