// One day of the actor's log, for the list under the log form: the day's encounters with their
// lines (code, modifiers, wRVU; the highest credit first) and the running day total. Scoped to the actor in the query.
import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/session';

export type DayLine = {
  id: string;
  code: string;
  modifiers: string[];
  units: number;
  description: string;
  creditedWrvu: number;
  excluded: boolean;
  siteId: string | null;
  setting: 'FACILITY' | 'NON_FACILITY';
  role: string | null;
};
export type DayEncounter = { key: string; site: string | null; lines: DayLine[]; wrvu: number };
export type DayLog = {
  date: string;
  encounters: DayEncounter[];
  entries: number;
  excluded: number;
  wrvu: number;
};

export async function getDayLog({ actor, date }: { actor: Actor; date: string }): Promise<DayLog> {
  const rows = await db.logEntry.findMany({
    where: { userId: actor.id, deletedAt: null, dateOfService: new Date(`${date}T00:00:00Z`) },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: 500,
    select: {
      id: true,
      code: true,
      modifiers: true,
      units: true,
      encounterKey: true,
      creditedWrvu: true,
      excluded: true,
      siteId: true,
      setting: true,
      role: true,
      site: { select: { name: true } },
    },
  });
  const descriptions = new Map(
    (
      await db.code.findMany({
        where: { code: { in: [...new Set(rows.map((r) => r.code))] } },
        select: { code: true, shortDescription: true },
      })
    ).map((c) => [c.code, c.shortDescription]),
  );
  const encounters: DayEncounter[] = [];
  for (const r of rows) {
    let enc = encounters.find((e) => e.key === r.encounterKey);
    if (!enc)
      encounters.push((enc = { key: r.encounterKey, site: r.site?.name ?? null, lines: [], wrvu: 0 }));
    const wrvu = Number(r.creditedWrvu);
    enc.lines.push({
      id: r.id,
      code: r.code,
      modifiers: r.modifiers,
      units: r.units,
      description: descriptions.get(r.code) ?? '',
      creditedWrvu: wrvu,
      excluded: r.excluded,
      siteId: r.siteId,
      setting: r.setting,
      role: r.role,
    });
    enc.wrvu = Math.round((enc.wrvu + wrvu) * 100) / 100;
  }
  // Within an encounter the lines share one creation time: show the primary (highest credit) first.
  for (const enc of encounters)
    enc.lines.sort((a, b) => b.creditedWrvu - a.creditedWrvu || a.code.localeCompare(b.code));
  return {
    date,
    encounters,
    entries: rows.length,
    excluded: rows.filter((r) => r.excluded).length,
    wrvu: Math.round(rows.reduce((s, r) => s + Math.round(Number(r.creditedWrvu) * 100), 0)) / 100,
  };
}
