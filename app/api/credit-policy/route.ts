// Saves the actor's crediting policy and re-prices their whole log with it, streaming progress as
// NDJSON lines ({ type: 'progress' | 'done' | 'error' }) so a log of 100,000 entries shows how far
// it is. Same-origin JSON only (CSRF); the actor from the session only; all or nothing.
import { revalidatePath } from 'next/cache';
import { AppError } from '@/lib/errors';
import { assertSameOriginJson, errorResponse, readJson } from '@/lib/http/route';
import { updateCreditPolicy } from '@/lib/logs/policy';
import { creditPolicySchema } from '@/lib/logs/schemas';
import { requireActor } from '@/lib/session';

export const dynamic = 'force-dynamic';
export const maxDuration = 600;

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
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (obj: unknown) => controller.enqueue(encoder.encode(JSON.stringify(obj) + '\n'));
      try {
        const result = await updateCreditPolicy({
          actor,
          input,
          onProgress: (done, total) => send({ type: 'progress', done, total }),
        });
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
