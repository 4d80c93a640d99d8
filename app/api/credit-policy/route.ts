// Saves the actor's crediting policy (PUT) or puts it back to the CMS default (DELETE) and re-prices
// their whole log with it, streaming progress as NDJSON lines ({ type: 'progress' | 'done' | 'error' })
// so a log of 100,000 entries shows how far it is. Same-origin only (CSRF); the actor from the
// session only; all or nothing (one transaction under the per-user lock, lib/logs/policy.ts).
import { revalidatePath } from 'next/cache';
import { AppError } from '@/lib/errors';
import { assertSameOrigin, assertSameOriginJson, errorResponse, readJson } from '@/lib/http/route';
import { resetCreditPolicy, updateCreditPolicy } from '@/lib/logs/policy';
import { creditPolicySchema } from '@/lib/logs/schemas';
import { requireActor } from '@/lib/session';

export const dynamic = 'force-dynamic';
export const maxDuration = 600;

type Reprice = (onProgress: (done: number, total: number) => void) => Promise<{ repriced: number }>;

function streamReprice(run: Reprice): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (obj: unknown) => controller.enqueue(encoder.encode(JSON.stringify(obj) + '\n'));
      try {
        const result = await run((done, total) => send({ type: 'progress', done, total }));
        revalidatePath('/', 'layout');
        send({ type: 'done', ...result });
      } catch (err) {
        if (!(err instanceof AppError)) console.error(err);
        send({
          type: 'error',
          message:
            err instanceof AppError
              ? err.message
              : 'The policy was not saved; nothing changed. Please try again.',
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

export async function PUT(request: Request) {
  let actor;
  let input;
  try {
    actor = await requireActor();
    assertSameOriginJson(request);
    input = creditPolicySchema.parse(await readJson(request));
  } catch (err) {
    return errorResponse(err);
  }
  return streamReprice((onProgress) => updateCreditPolicy({ actor, input, onProgress }));
}

/** Reset to the CMS default (no body). */
export async function DELETE(request: Request) {
  let actor;
  try {
    actor = await requireActor();
    assertSameOrigin(request);
  } catch (err) {
    return errorResponse(err);
  }
  return streamReprice((onProgress) => resetCreditPolicy({ actor, onProgress }));
}
