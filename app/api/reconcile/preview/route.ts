// Reads an uploaded productivity report with a mapping and reconciles it, storing nothing: the
// mapping step and its preview. Only mapped columns come back (headers aside).
import { NextResponse } from 'next/server';
import { assertSameOrigin, errorResponse } from '@/lib/http/route';
import { prepareAndRun, readReportUpload } from '@/lib/reconcile/upload';
import { requireActor } from '@/lib/session';

export const dynamic = 'force-dynamic';

const SAMPLE = 8;

export async function POST(request: Request) {
  try {
    const actor = await requireActor();
    assertSameOrigin(request);
    const { bytes, options } = await readReportUpload(request);
    const { prepared, result } = await prepareAndRun(actor, bytes, options);
    const { parsed, ...rest } = prepared;
    return NextResponse.json({
      ...rest,
      parsed: parsed && {
        lineCount: parsed.lines.length,
        errors: parsed.errors,
        errorCount: parsed.errorCount,
        skipped: parsed.skipped,
        period: parsed.period,
        sample: parsed.lines.slice(0, SAMPLE),
      },
      totals: result?.totals ?? null,
    });
  } catch (err) {
    return errorResponse(err);
  }
}
