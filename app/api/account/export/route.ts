// "Download my data": everything stored about the signed-in user as one JSON file (streamed).
// Session-authorised; there is no way to name another user.
import { errorResponse } from '@/lib/http/route';
import { exportAccountData } from '@/lib/users/account';
import { requireActor } from '@/lib/session';

export const dynamic = 'force-dynamic';

export async function GET() {
  let actor;
  try {
    actor = await requireActor();
  } catch (err) {
    return errorResponse(err);
  }
  const chunks = exportAccountData({ actor });
  const encoder = new TextEncoder();
  // Pull the first chunk before answering, so a missing account or an outage is a clean error status.
  let first: IteratorResult<string>;
  try {
    first = await chunks.next();
  } catch (err) {
    return errorResponse(err);
  }
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (!first.done) controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (err) {
        console.error(err);
        controller.error(err);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="benchline-my-data-${day}.json"`,
      'cache-control': 'no-store',
    },
  });
}
