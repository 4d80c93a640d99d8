// Parses and prices an uploaded CSV without writing anything: per-row errors and a priced sample.
import { NextResponse } from 'next/server';
import { assertSameOrigin, errorResponse } from '@/lib/http/route';
import { previewImport } from '@/lib/logs/import';
import { readUploadedCsv } from '@/lib/logs/import-upload';
import { requireActor } from '@/lib/session';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  try {
    const actor = await requireActor();
    assertSameOrigin(request);
    const { text } = await readUploadedCsv(request);
    return NextResponse.json(await previewImport({ actor, text }));
  } catch (err) {
    return errorResponse(err);
  }
}
