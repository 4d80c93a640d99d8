// Saves a reconciliation the user confirmed after the preview: the same upload and mapping are
// parsed again, reconciled, and stored in one transaction (mapped columns only). Answers its id.
import { NextResponse } from 'next/server';
import { AppError } from '@/lib/errors';
import { assertSameOrigin, errorResponse } from '@/lib/http/route';
import { createReconciliation } from '@/lib/reconcile/mutations';
import { prepareAndRun, readReportUpload } from '@/lib/reconcile/upload';
import { requireActor } from '@/lib/session';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  try {
    const actor = await requireActor();
    assertSameOrigin(request);
    const { name, bytes, options } = await readReportUpload(request);
    const { prepared, result } = await prepareAndRun(actor, bytes, options);
    if (!result) {
      const why =
        prepared.problems[0] ??
        (prepared.parsed?.errorCount
          ? `The report has ${prepared.parsed.errorCount} line(s) that cannot be read; nothing was saved.`
          : 'The report has no procedure lines.');
      throw new AppError('VALIDATION', why);
    }
    const saved = await createReconciliation({
      actor,
      prepared,
      fileName: name,
      windowDays: options.windowDays,
      totals: result.totals,
    });
    return NextResponse.json(saved, { status: 201 });
  } catch (err) {
    return errorResponse(err);
  }
}
