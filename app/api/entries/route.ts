// JSON API for procedure entries (used by scripts, offline-retry clients and the load benchmark).
// Session-cookie authenticated; POST is idempotent by the client-generated entry ids.
import { NextResponse } from 'next/server';
import { NO_STORE, assertSameOriginJson, errorResponse, readJson } from '@/lib/http/route';
import { createEntries } from '@/lib/logs/mutations';
import { listEntries } from '@/lib/logs/queries';
import { createEntriesSchema, entryFilterSchema } from '@/lib/logs/schemas';
import { requireActor } from '@/lib/session';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  try {
    const actor = await requireActor();
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const filter = entryFilterSchema.parse(params);
    return NextResponse.json(await listEntries({ actor, filter }), { headers: NO_STORE });
  } catch (err) {
    return errorResponse(err);
  }
}

export async function POST(request: Request) {
  try {
    const actor = await requireActor();
    assertSameOriginJson(request);
    const { entries } = createEntriesSchema.parse(await readJson(request));
    const result = await createEntries({ actor, entries });
    return NextResponse.json(result, { status: result.created.length ? 201 : 200, headers: NO_STORE });
  } catch (err) {
    return errorResponse(err);
  }
}
