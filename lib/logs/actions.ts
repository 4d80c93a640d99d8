'use server';
// Procedure-log entry points: each checks the session, parses with zod, calls the data layer.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/action';
import { addFavorite, createSite, removeFavorite, renameFavorite, reorderFavorites } from './favorites';
import { createEntries, deleteEntry, restoreEntry, updateEntry } from './mutations';
import { getDayLog } from './day';
import { previewLines } from './preview';
import {
  createEntriesSchema,
  dateOfServiceSchema,
  entryFieldsSchema,
  entryIdSchema,
  favoriteSchema,
  renameFavoriteSchema,
  reorderFavoritesSchema,
  siteSchema,
  updateEntrySchema,
} from './schemas';

const refresh = () => {
  revalidatePath('/entries');
  revalidatePath('/dashboard');
  revalidatePath('/log');
};

export const createEntriesAction = authedAction(createEntriesSchema, async ({ entries }, actor) => {
  const result = await createEntries({ actor, entries });
  refresh();
  return result;
});

export const updateEntryAction = authedAction(updateEntrySchema, async (input, actor) => {
  const entry = await updateEntry({ actor, input });
  refresh();
  return entry;
});

export const deleteEntryAction = authedAction(entryIdSchema, async ({ id }, actor) => {
  await deleteEntry({ actor, id });
  refresh();
  return { id };
});

export const restoreEntryAction = authedAction(entryIdSchema, async ({ id }, actor) => {
  await restoreEntry({ actor, id });
  refresh();
  return { id };
});

const previewSchema = z.object({
  lines: z
    .array(
      entryFieldsSchema
        .pick({ dateOfService: true, code: true, modifiers: true, units: true })
        .extend({ id: z.string().max(64) }),
    )
    .max(50),
});

export const previewLinesAction = authedAction(previewSchema, async ({ lines }, actor) =>
  previewLines({ actor, lines: lines.map((l) => ({ ...l, encounterKey: 'preview' })) }),
);

export const addFavoriteAction = authedAction(favoriteSchema, async ({ code, modifiers }, actor) => {
  const fav = await addFavorite({ actor, code, modifiers });
  revalidatePath('/log');
  revalidatePath('/settings');
  return fav;
});

export const removeFavoriteAction = authedAction(entryIdSchema, async ({ id }, actor) => {
  await removeFavorite({ actor, id });
  revalidatePath('/log');
  revalidatePath('/settings');
  return { id };
});

export const renameFavoriteAction = authedAction(renameFavoriteSchema, async ({ id, label }, actor) => {
  await renameFavorite({ actor, id, label });
  revalidatePath('/log');
  revalidatePath('/settings');
  return { id, label };
});

export const reorderFavoritesAction = authedAction(reorderFavoritesSchema, async ({ ids }, actor) => {
  await reorderFavorites({ actor, ids });
  revalidatePath('/log');
  revalidatePath('/settings');
  return { ids };
});

export const createSiteAction = authedAction(siteSchema, async ({ name }, actor) => {
  const site = await createSite({ actor, name });
  revalidatePath('/log');
  return site;
});

/** The chosen day's encounters under the log form (read-only; the actor's own entries only). */
export const getDayLogAction = authedAction(
  z.object({ date: dateOfServiceSchema }),
  async ({ date }, actor) => getDayLog({ actor, date }),
);
