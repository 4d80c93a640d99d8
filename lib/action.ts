// The wrapper every server action goes through: session, zod parse, typed result.
import 'server-only';
import { z } from 'zod';
import { AppError, type Result } from '@/lib/errors';
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
  if (err instanceof AppError) return { ok: false, code: err.code, error: err.message, fieldErrors: err.fieldErrors };
  console.error(err);
  return { ok: false, code: 'UNAVAILABLE', error: 'Something went wrong on our side. Nothing was saved; please try again.' };
}

/** An authenticated action: `authedAction(schema, async (input, actor) => data)`. */
export function authedAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>, actor: Actor) => Promise<T>) {
  return async (raw: unknown): Promise<Result<T>> => {
    try {
      const actor = await requireActor();
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, code: 'VALIDATION', error: 'Please correct the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error) };
      }
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
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, code: 'VALIDATION', error: 'Please correct the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error) };
      }
      return { ok: true, data: await handler(parsed.data) };
    } catch (err) {
      return toResult(err);
    }
  };
}
