// Site admins upload a CMS file (PPRRVU csv/txt/xlsx/zip, HCPCS xlsx, ASP csv). The import runs in
// one transaction; progress streams back as NDJSON, then entries under a new release are re-priced.
import { assertSiteAdmin } from '@/lib/auth/roles';
import { importCatalogFile } from '@/lib/catalog/import';
import { readFormData } from '@/lib/http/body';
import { assertSameOrigin, errorResponse } from '@/lib/http/route';
import { describeRecompute, recomputeForRelease } from '@/lib/logs/recompute';
import { AppError } from '@/lib/errors';
import { requireActor } from '@/lib/session';

export const dynamic = 'force-dynamic';
export const maxDuration = 300;
const MAX_BYTES = 200 * 1024 * 1024;

export async function POST(request: Request) {
  let actor;
  let file: File;
  let replace = false;
  try {
    actor = await requireActor();
    assertSiteAdmin(actor);
    assertSameOrigin(request);
    const form = await readFormData(request, MAX_BYTES + 64 * 1024, 'The file');
    const f = form?.get('file');
    if (!(f instanceof File) || f.size === 0)
      throw new AppError('VALIDATION', 'Choose a CMS file to import.');
    if (f.size > MAX_BYTES) throw new AppError('TOO_LARGE', 'Files up to 200 MB.');
    file = f;
    replace = form?.get('replace') === 'on';
  } catch (err) {
    return errorResponse(err);
  }
  const buffer = new Uint8Array(await file.arrayBuffer());
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (obj: unknown) => controller.enqueue(encoder.encode(JSON.stringify(obj) + '\n'));
      try {
        const result = await importCatalogFile({
          buffer,
          fileName: file.name,
          replace,
          importedBy: actor.email,
          onProgress: (p) => send({ type: 'progress', ...p }),
        });
        let recompute: string | undefined;
        if (result.status === 'imported' && result.kind === 'PPRRVU' && result.releaseId)
          recompute = describeRecompute(await recomputeForRelease({ releaseId: result.releaseId }));
        send({ type: 'done', status: result.status, message: result.message, recompute });
      } catch (err) {
        if (!(err instanceof AppError)) console.error(err);
        send({
          type: 'error',
          message: err instanceof AppError ? err.message : 'The import failed; the catalog is unchanged.',
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
