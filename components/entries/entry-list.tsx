// The entries list, grouped by day (with the day's total) and by encounter. One table per day from
// `md` up; below `md` each encounter is a card and each line a compact row of it (code + modifiers,
// description, wRVU, actions), so nothing is cut off or needs sideways scrolling on a phone.
import Link from 'next/link';
import { DeleteEntryButton } from '@/components/entries/delete-entry-button';
import { ReleaseFitBadge } from '@/components/entries/release-fit-badge';
import { buttonClass } from '@/components/ui/button';
import { describeEntryCount, formatDay, formatWrvu } from '@/lib/format';
import type { DayTotal } from '@/lib/logs/entry-totals';
import type { ReleaseFit } from '@/lib/rvu/release-fit';

export type EntryRow = {
  id: string;
  dateOfService: string;
  code: string;
  modifiers: string[];
  units: number;
  encounterKey: string | null;
  creditedWrvu: string;
  excluded: boolean;
  description: string;
  site: { id: string; name: string } | null;
  releaseFit?: ReleaseFit | null;
};

type Encounter = { key: string; rows: EntryRow[] };
type Day = { date: string; encounters: Encounter[] };

/** Rows arrive newest day first; keeps that order and the order of first appearance inside a day. */
export function groupByDayAndEncounter(rows: EntryRow[]): Day[] {
  const days: Day[] = [];
  for (const row of rows) {
    let day = days.at(-1);
    if (!day || day.date !== row.dateOfService)
      days.push((day = { date: row.dateOfService, encounters: [] }));
    const key = row.encounterKey ?? row.id;
    let enc = day.encounters.find((e) => e.key === key);
    if (!enc) day.encounters.push((enc = { key, rows: [] }));
    enc.rows.push(row);
  }
  return days;
}

export function EntryList({ rows, dayTotals }: { rows: EntryRow[]; dayTotals: Map<string, DayTotal> }) {
  return (
    <div className="space-y-5">
      {groupByDayAndEncounter(rows).map((day) => {
        const total = dayTotals.get(day.date);
        return (
          <section key={day.date} aria-labelledby={`day-${day.date}`} data-testid="entry-day">
            <h2
              id={`day-${day.date}`}
              className="mb-2 flex flex-wrap items-baseline justify-between gap-x-3 px-1 text-sm"
            >
              <span className="font-semibold text-slate-900">{formatDay(day.date)}</span>
              {total && (
                <span className="text-slate-600" data-testid="day-total">
                  {describeEntryCount(total)} ·{' '}
                  <span className="tabular font-semibold text-slate-900">{formatWrvu(total.wrvu)}</span> wRVU
                </span>
              )}
            </h2>
            <table className="w-full text-sm max-md:block md:overflow-hidden md:rounded-xl md:border md:border-slate-200 md:bg-white md:shadow-sm">
              <caption className="sr-only">Procedures on {formatDay(day.date)}</caption>
              <thead className="bg-slate-50 text-left text-xs tracking-wide text-slate-500 uppercase max-md:hidden">
                <tr>
                  <th scope="col" className="px-4 py-2">
                    Code
                  </th>
                  <th scope="col" className="px-4 py-2">
                    Site
                  </th>
                  <th scope="col" className="px-4 py-2 text-right">
                    wRVU
                  </th>
                  <th scope="col" className="px-4 py-2 text-right">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              {day.encounters.map((enc) => (
                <tbody
                  key={enc.key}
                  data-testid="encounter"
                  className="divide-y divide-slate-100 border-slate-200 max-md:mb-3 max-md:block max-md:rounded-xl max-md:border max-md:bg-white max-md:shadow-sm md:border-t-2"
                >
                  {enc.rows.map((e) => (
                    <tr
                      key={e.id}
                      data-testid="entry-row"
                      className="max-md:grid max-md:grid-cols-[1fr_auto] max-md:gap-x-3 max-md:px-3 max-md:py-2.5"
                    >
                      <td className="min-w-0 md:px-4 md:py-3">
                        <span className="sr-only md:hidden">{formatDay(e.dateOfService)}: </span>
                        <span className="font-mono font-semibold">{e.code}</span>
                        {e.modifiers.length > 0 && (
                          <span className="text-slate-500">-{e.modifiers.join('-')}</span>
                        )}
                        {e.units > 1 && <span className="text-slate-500"> ×{e.units}</span>}
                        <span className="block truncate text-xs text-slate-500 md:max-w-xs">
                          {e.description}
                        </span>
                        <ReleaseFitBadge fit={e.releaseFit} className="mt-1" />
                      </td>
                      <td className="text-slate-600 max-md:order-3 max-md:col-start-1 max-md:self-center max-md:text-xs md:px-4 md:py-3">
                        {e.site?.name ?? <span className="max-md:hidden">-</span>}
                      </td>
                      <td
                        className="tabular text-right font-medium max-md:col-start-2 max-md:row-start-1 max-md:text-base md:px-4 md:py-3"
                        data-testid="entry-wrvu"
                      >
                        {formatWrvu(e.creditedWrvu)}
                        {e.excluded && (
                          <span className="block text-xs font-normal text-slate-500">excluded</span>
                        )}
                      </td>
                      <td className="text-right whitespace-nowrap max-md:order-4 max-md:col-start-2 max-md:-mr-2 md:px-2 md:py-3">
                        <Link href={`/entries/${e.id}`} className={buttonClass('ghost', 'sm')}>
                          Why?
                        </Link>
                        <DeleteEntryButton id={e.id} code={e.code} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </section>
        );
      })}
    </div>
  );
}
