// Every code's total in a period (the dashboard lists only its top 10; a report lists them all),
// aggregated in SQL over the actor's own live, credited entries: not deleted and not excluded,
// the rows the dashboard sums, ordered as the dashboard orders its top codes (wRVUs, then code).
import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/session';
import type { BreakdownRow } from './types';

export async function listCodeTotals({
  actor,
  from,
  to,
}: {
  actor: Actor;
  from: string;
  to: string;
}): Promise<BreakdownRow[]> {
  const rows = await db.$queryRaw<
    { code: string; description: string | null; entries: number; wrvu: string }[]
  >`
    select e.code, max(c."shortDescription") as description, count(*)::int as entries, sum(e."creditedWrvu")::text as wrvu
    from "LogEntry" e left join "Code" c on c.code = e.code
    where e."userId" = ${actor.id} and e."deletedAt" is null and not e.excluded
      and e."dateOfService" >= ${from}::date and e."dateOfService" <= ${to}::date
    group by e.code
    order by sum(e."creditedWrvu") desc, e.code`;
  return rows.map((r) => ({ key: r.code, label: r.description ?? '', entries: r.entries, wrvu: r.wrvu }));
}
