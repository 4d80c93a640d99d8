// Helpers for JSON route handlers: one place that maps AppError codes to HTTP statuses, refuses
// cross-site writes, and turns a database outage into a fast 503 instead of a hang or a 500.
//
// CSRF, in one paragraph: the session cookie is SameSite=Lax, so browsers do not send it on
// cross-site POST/PATCH/DELETE at all; on top of that every state-changing route handler calls
// assertSameOrigin (multipart uploads) or assertSameOriginJson (JSON bodies), which refuse a request
// whose Origin names another host (or is opaque, "null") and one a browser labels
// Sec-Fetch-Site: cross-site. JSON bodies must also be sent as application/json, which a cross-site
// <form> cannot do and a cross-site fetch cannot do without a CORS preflight that is never granted.
// Server actions are covered by Next.js's own Origin/Host check; next-auth's POSTs by its CSRF token.
import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assertStorableText, fieldErrorsOf } from '@/lib/action';
import { JSON_BODY_LIMIT, readBodyText } from '@/lib/http/body';
import { isSameOriginRequest } from '@/lib/http/origin';
import { AppError, httpStatus, isDatabaseUnavailable, isInvalidInputForDatabase } from '@/lib/errors';

/** Personal data: never kept by a browser or proxy cache. */
export const NO_STORE = { 'cache-control': 'no-store' } as const;

export const INVALID_TEXT_MESSAGE =
  'The input contains characters that cannot be stored (such as a NUL character). Nothing was saved.';
export const UNAVAILABLE_MESSAGE = 'The database is unavailable; nothing was saved. Try again shortly.';

export function errorResponse(err: unknown): NextResponse {
  const res = errorResponseOf(err);
  res.headers.set('cache-control', 'no-store');
  return res;
}

function errorResponseOf(err: unknown): NextResponse {
  if (err instanceof AppError)
    return NextResponse.json(
      { error: err.message, code: err.code, fieldErrors: err.fieldErrors },
      { status: err.status },
    );
  if (err instanceof z.ZodError)
    return NextResponse.json(
      { error: 'Invalid input.', code: 'VALIDATION', fieldErrors: fieldErrorsOf(err) },
      { status: 400 },
    );
  if (isInvalidInputForDatabase(err))
    return NextResponse.json({ error: INVALID_TEXT_MESSAGE, code: 'VALIDATION' }, { status: 400 });
  if (isDatabaseUnavailable(err)) {
    console.warn(
      `database unavailable: ${err instanceof Error ? err.message.split('\n').filter(Boolean).at(-1) : String(err)}`,
    );
    return NextResponse.json(
      { error: UNAVAILABLE_MESSAGE, code: 'UNAVAILABLE' },
      { status: 503, headers: { 'retry-after': '5' } },
    );
  }
  console.error(err);
  return NextResponse.json({ error: 'Something went wrong on our side.', code: 'INTERNAL' }, { status: 500 });
}

/**
 * Refuses a cross-site state change (the rule: lib/http/origin.ts): an Origin naming another host,
 * an opaque Origin ("null", sandboxed frames and some redirects), an unparseable one, or a
 * browser's own Sec-Fetch-Site: cross-site. Requests without Origin pass.
 */
export function assertSameOrigin(request: Request): void {
  if (!isSameOriginRequest(request.headers))
    throw new AppError('FORBIDDEN', 'Cross-site requests are not allowed.');
}

/** State-changing JSON requests must be same-origin and JSON (no simple cross-site form posts). */
export function assertSameOriginJson(request: Request): void {
  assertSameOrigin(request);
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json'))
    throw new AppError('VALIDATION', 'Send JSON (content-type: application/json).');
}

/**
 * The JSON body, refused with 413 past `limit` bytes (checked while it streams in, lib/http/body.ts)
 * and with 400 when it is not JSON or holds text that cannot be stored.
 */
export async function readJson(request: Request, limit: number = JSON_BODY_LIMIT): Promise<unknown> {
  const text = await readBodyText(request, limit);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION', 'The request body is not valid JSON.');
  }
  assertStorableText(body);
  return body;
}

export { httpStatus };
