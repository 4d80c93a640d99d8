// The billing office's export of one reconciliation: GET /api/reconcile/{id}/{csv|xlsx|pdf}.
// The actor comes from the session; another user's reconciliation is 404.
import { z } from 'zod';
import { errorResponse } from '@/lib/http/route';
import {
  EXPORT_FORMATS,
  reconciliationCsv,
  reconciliationPdf,
  reconciliationXlsx,
} from '@/lib/reconcile/export';
import { getReconciliationResult } from '@/lib/reconcile/queries';
import { requireActor } from '@/lib/session';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; format: string }> },
) {
  try {
    const actor = await requireActor();
    const { id, format } = z
      .object({ id: z.string().min(1).max(40), format: z.enum(EXPORT_FORMATS) })
      .parse(await params);
    const { summary, result } = await getReconciliationResult({ actor, id });
    const body =
      format === 'csv'
        ? new TextEncoder().encode(reconciliationCsv(summary, result))
        : format === 'xlsx'
          ? await reconciliationXlsx(summary, result)
          : await reconciliationPdf(summary, result);
    const name = `reconciliation-${summary.periodFrom}-to-${summary.periodTo}.${format}`;
    return new Response(body as BodyInit, {
      status: 200,
      headers: {
        'content-type': TYPES[format],
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
      },
    });
  } catch (err) {
    const res = errorResponse(err);
    res.headers.set('cache-control', 'no-store');
    return res;
  }
}
