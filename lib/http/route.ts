// Helpers for JSON route handlers: one place that maps AppError codes to HTTP statuses, refuses
// cross-site writes, and turns a database outage into a fast 503 instead of a hang or a 500.
import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { fieldErrorsOf } from '@/lib/action';
import { AppError, httpStatus, isDatabaseUnavailable } from '@/lib/errors';

export function errorResponse(err: unknown): NextResponse {
  if (err instanceof AppError) return NextResponse.json({ error: err.message, code: err.code, fieldErrors: err.fieldErrors }, { status: err.status });
  if (err instanceof z.ZodError) return NextResponse.json({ error: 'Invalid input.', code: 'VALIDATION', fieldErrors: fieldErrorsOf(err) }, { status: 400 });
  if (isDatabaseUnavailable(err)) return NextResponse.json({ error: 'The database is unavailable; nothing was saved. Try again shortly.', code: 'UNAVAILABLE' }, { status: 503, headers: { 'retry-after': '5' } });
  console.error(err);
  return NextResponse.json({ error: 'Something went wrong on our side.', code: 'INTERNAL' }, { status: 500 });
}

/** State-changing JSON requests must be JSON (no simple cross-site form posts) and same-origin. */
export function assertSameOriginJson(request: Request): void {
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) throw new AppError('VALIDATION', 'Send JSON (content-type: application/json).');
  const origin = request.headers.get('origin');
  if (origin) {
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    if (!host || new URL(origin).host !== host) throw new AppError('FORBIDDEN', 'Cross-site requests are not allowed.');
  }
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError('VALIDATION', 'The request body is not valid JSON.');
  }
}

export { httpStatus };
