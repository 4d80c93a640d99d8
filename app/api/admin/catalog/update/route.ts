// Site admins catch up with CMS from /admin/catalog: the same as `npm run catalog:update`. Downloads
// the year's PFS archives, verifies their sha256, imports them in order and re-prices; progress
// streams back as NDJSON. A failed download or checksum changes nothing.
import { z } from 'zod';
import { assertSiteAdmin } from '@/lib/auth/roles';
import { CatalogUpdateError, updateCatalog } from '@/lib/catalog/update';
import { AppError } from '@/lib/errors';
import { assertSameOriginJson, errorResponse, readJson } from '@/lib/http/route';
import { requireActor } from '@/lib/session';

export const dynamic = 'force-dynamic';
export const maxDuration = 600;

const bodySchema = z.object({ year: z.number().int().min(2000).max(2100) });

export async function POST(request: Request) {
  let actor;
  let year: number;
  try {
    actor = await requireActor();
    assertSiteAdmin(actor);
    assertSameOriginJson(request);
    const parsed = bodySchema.safeParse(await readJson(request));
    if (!parsed.success) throw new AppError('VALIDATION', 'Give the calendar year, e.g. {"year": 2026}.');
    year = parsed.data.year;
  } catch (err) {
    return errorResponse(err);
  }
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (obj: unknown) => controller.enqueue(encoder.encode(JSON.stringify(obj) + '\n'));
      try {
        const result = await updateCatalog({
          year,
          importedBy: actor.email,
          onProgress: (p) => send({ type: 'progress', ...p }),
        });
        send({
          type: 'done',
          skipped: result.skipped,
          imported: result.imported.map((i) => ({
            release: i.release,
            message: i.result.message,
            recompute: i.recompute,
          })),
        });
      } catch (err) {
        const known = err instanceof CatalogUpdateError || err instanceof AppError;
        if (!known) console.error(err);
        send({ type: 'error', message: known ? err.message : 'The update failed; see the server log.' });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' },
  });
}
