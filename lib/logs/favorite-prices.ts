// The wRVU each favorite earns on its own today (its chip shows it), priced by the same engine and
// policy as a logged line: each favorite is its own encounter, so no multiple-procedure reduction.
import 'server-only';
import type { Actor } from '@/lib/session';
import { previewLines } from './preview';

export async function priceFavorites<T extends { id: string; code: string; modifiers: string[] }>({
  actor,
  favorites,
  dateOfService = new Date().toISOString().slice(0, 10),
}: {
  actor: Actor;
  favorites: T[];
  dateOfService?: string;
}): Promise<(T & { wrvu: number | null })[]> {
  const results = await previewLines({
    actor,
    lines: favorites.map((f) => ({
      id: f.id,
      code: f.code,
      modifiers: f.modifiers,
      units: 1,
      dateOfService,
      encounterKey: `favorite-${f.id}`,
    })),
  });
  const byId = new Map(results.map((r) => [r.lineId, r.creditedWrvu]));
  return favorites.map((f) => ({ ...f, wrvu: byId.get(f.id) ?? null }));
}
