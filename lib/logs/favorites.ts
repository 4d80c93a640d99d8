// Favorites and sites: the user's own shortcuts for quick logging. Ownership is in every query.
import 'server-only';
import { db } from '@/lib/db';
import { AppError, isUniqueViolation } from '@/lib/errors';
import type { Actor } from '@/lib/session';

export async function addFavorite({
  actor,
  code,
  modifiers,
}: {
  actor: Actor;
  code: string;
  modifiers: string[];
}) {
  const known = await db.code.findUnique({ where: { code }, select: { code: true } });
  if (!known) throw new AppError('VALIDATION', `Unknown code ${code}.`, { code: ['Unknown code.'] });
  const position = await db.favorite.count({ where: { userId: actor.id } });
  try {
    return await db.favorite.create({
      data: { userId: actor.id, code, modifiers, position },
      select: { id: true },
    });
  } catch (err) {
    if (isUniqueViolation(err))
      return db.favorite.findFirstOrThrow({
        where: { userId: actor.id, code, modifiers: { equals: modifiers } },
        select: { id: true },
      });
    throw err;
  }
}

export async function removeFavorite({ actor, id }: { actor: Actor; id: string }) {
  const { count } = await db.favorite.deleteMany({ where: { id, userId: actor.id } });
  if (!count) throw new AppError('NOT_FOUND', 'That favorite does not exist.');
}

export async function renameFavorite({
  actor,
  id,
  label,
}: {
  actor: Actor;
  id: string;
  label: string | null;
}) {
  const { count } = await db.favorite.updateMany({ where: { id, userId: actor.id }, data: { label } });
  if (!count) throw new AppError('NOT_FOUND', 'That favorite does not exist.');
}

/** Sets the order of the actor's favorites: `ids` must be exactly the actor's favorites. */
export async function reorderFavorites({ actor, ids }: { actor: Actor; ids: string[] }) {
  await db.$transaction(async (tx) => {
    const own = await tx.favorite.findMany({ where: { userId: actor.id }, select: { id: true } });
    const ownIds = new Set(own.map((f) => f.id));
    if (new Set(ids).size !== ids.length || ids.length !== ownIds.size || ids.some((id) => !ownIds.has(id)))
      throw new AppError('VALIDATION', 'The list of favorites changed meanwhile; reload and try again.', {
        ids: ['Not the current favorites.'],
      });
    for (const [position, id] of ids.entries())
      await tx.favorite.updateMany({ where: { id, userId: actor.id }, data: { position } });
  });
}

export async function createSite({ actor, name }: { actor: Actor; name: string }) {
  try {
    return await db.site.create({ data: { userId: actor.id, name }, select: { id: true, name: true } });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new AppError('CONFLICT', 'You already have a site with that name.', {
        name: ['Already exists.'],
      });
    throw err;
  }
}
