// Report downloads: GET /api/reports/{csv|xlsx|pdf}?range=&from=&to=&contents=&layout=&scope=
// The actor comes from the session only; the query chooses what to export, never whose data.
// Answers 400 for bad input, 401 signed out, 404 for a group the actor does not administer, and
// otherwise streams the file (no-store: it is personal data). A browser that submitted the Reports
// form (a navigation) is sent back to the form with the message instead of a JSON 400.
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { errorResponse } from '@/lib/http/route';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { createExport, exportHeaders } from '@/lib/reports/export';
import { queryInput, reportQuerySchema } from '@/lib/reports/schemas';
import { requireActor } from '@/lib/session';

export const dynamic = 'force-dynamic';
// pdfkit and exceljs need Node (streams, zlib); never the edge runtime.
export const runtime = 'nodejs';

function validationMessage(err: unknown): string | null {
  if (err instanceof z.ZodError) return [...new Set(err.issues.map((i) => i.message))].join(' ');
  if (err instanceof AppError && err.code === 'VALIDATION') return err.message;
  return null;
}

export async function GET(request: Request, { params }: { params: Promise<{ format: string }> }) {
  const url = new URL(request.url);
  try {
    const actor = await requireActor();
    const { format } = await params;
    const query = reportQuerySchema.parse(queryInput(format, url.searchParams));
    const file = await createExport({ actor, query });
    return new Response(file.body, { status: 200, headers: exportHeaders(file) });
  } catch (err) {
    const message = validationMessage(err);
    if (message && request.headers.get('sec-fetch-mode') === 'navigate') {
      const back = new URLSearchParams(url.searchParams);
      back.set('error', message);
      // A relative Location: request.url may name another host than the browser used (localhost
      // vs 127.0.0.1), and the CSP's form-action 'self' would then block the redirect.
      return new Response(null, {
        status: 303,
        headers: {
          location: safeRedirectPath(`/reports?${back}`, { fallback: '/reports' }),
          'cache-control': 'no-store',
        },
      });
    }
    const res = errorResponse(err);
    res.headers.set('cache-control', 'no-store');
    return res;
  }
}
