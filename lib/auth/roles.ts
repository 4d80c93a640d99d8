// Role rules as small named functions, so "who may do this" reads the same everywhere.
import 'server-only';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/session';

/** Operators of this Benchline installation (catalog imports, built-in benchmark tables). */
export function isSiteAdmin(actor: Actor): boolean {
  return actor.role === 'ADMIN';
}

/** Site-admin-only areas answer 404 to everyone else, so their existence is not revealed. */
export function assertSiteAdmin(actor: Actor): void {
  if (!isSiteAdmin(actor)) throw new AppError('NOT_FOUND', 'Not found.');
}
