// The wrapper every server action goes through: session, zod parse, typed result.
import 'server-only';
import { z } from 'zod';
import { AppError, isDatabaseUnavailable, isInvalidInputForDatabase, type Result } from '@/lib/errors';
import { requireActor, type Actor } from '@/lib/session';

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function toResult(err: unknown): Result<never> {
  if (err instanceof AppError)
    return { ok: false, code: err.code, error: err.message, fieldErrors: err.fieldErrors };
  if (isInvalidInputForDatabase(err)) {
    return {
      ok: false,
      code: 'VALIDATION',
      error:
        'The input contains characters that cannot be stored (such as a NUL character). Nothing was saved.',
    };
  }
  if (isDatabaseUnavailable(err)) {
    // An outage, not a bug: one line in the log, and a message that says retrying is safe.
    console.warn(
      `database unavailable: ${err instanceof Error ? err.message.split('\n').filter(Boolean).at(-1) : String(err)}`,
    );
    return {
      ok: false,
      code: 'UNAVAILABLE',
      error: 'The database is unavailable right now. Nothing was saved; please try again in a moment.',
    };
  }
  console.error(err);
  return {
    ok: false,
    code: 'UNAVAILABLE',
    error: 'Something went wrong on our side. Nothing was saved; please try again.',
  };
}

// Text no field may contain: NUL (PostgreSQL cannot store it) and lone UTF-16 surrogates (not
// Unicode; Prisma's query engine cannot even serialise them). JSON and server-action payloads can
// carry both ("\u0000", "\ud800"), so every entry point refuses them before the schema runs.
const ILL_FORMED = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Throws VALIDATION when any string (or key) inside `value` is not storable text. */
export function assertStorableText(value: unknown, depth = 0): void {
  if (typeof value === 'string') {
    if (ILL_FORMED.test(value))
      throw new AppError(
        'VALIDATION',
        'The input contains characters that cannot be stored (a NUL character or broken Unicode). Nothing was saved.',
      );
    return;
  }
  if (typeof value !== 'object' || value === null || depth > 20) return;
  if (value instanceof Blob) return; // files are decoded (and checked) by their parsers
  for (const [k, v] of Object.entries(value)) {
    assertStorableText(k, depth + 1);
    assertStorableText(v, depth + 1);
  }
}

/** What every action does with its raw input: storable text first, then the schema. */
export function parseActionInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; result: Result<never> } {
  assertStorableText(raw);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      result: {
        ok: false,
        code: 'VALIDATION',
        error: 'Please correct the highlighted fields.',
        fieldErrors: fieldErrorsOf(parsed.error),
      },
    };
  }
  return { ok: true, data: parsed.data };
}

/** An authenticated action: `authedAction(schema, async (input, actor) => data)`. */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, actor: Actor) => Promise<T>,
) {
  return async (raw: unknown): Promise<Result<T>> => {
    try {
      const actor = await requireActor();
      const parsed = parseActionInput(schema, raw);
      if (!parsed.ok) return parsed.result;
      return { ok: true, data: await handler(parsed.data, actor) };
    } catch (err) {
      return toResult(err);
    }
  };
}

/** A public action (sign-up): same parse and result shape, no session. */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>) => Promise<T>) {
  return async (raw: unknown): Promise<Result<T>> => {
    try {
      const parsed = parseActionInput(schema, raw);
      if (!parsed.ok) return parsed.result;
      return { ok: true, data: await handler(parsed.data) };
    } catch (err) {
      return toResult(err);
    }
  };
}
