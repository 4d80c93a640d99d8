// One entry: read (with its explanation), edit, soft delete. Ownership is checked in the data layer,
// so another user's id answers 404 exactly like an id that does not exist.
import { NextResponse } from 'next/server';
import { NO_STORE, assertSameOrigin, assertSameOriginJson, errorResponse, readJson } from '@/lib/http/route';
import { deleteEntry, updateEntry } from '@/lib/logs/mutations';
import { getEntry } from '@/lib/logs/queries';
import { entryIdSchema, updateEntrySchema } from '@/lib/logs/schemas';
import { requireActor } from '@/lib/session';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Ctx) {
  try {
    const actor = await requireActor();
    const { id } = entryIdSchema.parse(await params);
    return NextResponse.json(await getEntry({ actor, id }), { headers: NO_STORE });
  } catch (err) {
    return errorResponse(err);
  }
}

export async function PATCH(request: Request, { params }: Ctx) {
  try {
    const actor = await requireActor();
    assertSameOriginJson(request);
    const { id } = entryIdSchema.parse(await params);
    const body = await readJson(request);
    const input = updateEntrySchema.parse({ ...(typeof body === 'object' && body ? body : {}), id });
    return NextResponse.json(await updateEntry({ actor, input }), { headers: NO_STORE });
  } catch (err) {
    return errorResponse(err);
  }
}

export async function DELETE(request: Request, { params }: Ctx) {
  try {
    const actor = await requireActor();
    assertSameOrigin(request);
    const { id } = entryIdSchema.parse(await params);
    return NextResponse.json(await deleteEntry({ actor, id }), { headers: NO_STORE });
  } catch (err) {
    return errorResponse(err);
  }
}
