// Under the log form: the chosen day's encounters (today's by default) with their lines and wRVU,
// the running day total, and "Log again" on each line for the next patient with the same code.
import { RotateCcw } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { describeEntryCount, formatDay, formatWrvu } from '@/lib/format';
import type { DayLine, DayLog } from '@/lib/logs/day';

export function DayLogList({
  day,
  today,
  onLogAgain,
}: {
  day: DayLog | null;
  today: string | null;
  onLogAgain: (line: DayLine) => void;
}) {
  if (!day) return null;
  const title = day.date === today ? 'Today' : formatDay(day.date);
  return (
    <section aria-labelledby="day-log-title" className="space-y-2" data-testid="day-log">
      <h2 id="day-log-title" className="flex flex-wrap items-baseline justify-between gap-x-3 px-1 text-sm">
        <span className="font-semibold text-slate-900">
          {title}
          {day.date === today && <span className="font-normal text-slate-500"> · {formatDay(day.date)}</span>}
        </span>
        <span className="text-slate-600" data-testid="day-log-total">
          {describeEntryCount(day)} ·{' '}
          <span className="tabular font-semibold text-slate-900">{formatWrvu(day.wrvu)}</span> wRVU
        </span>
      </h2>
      {day.encounters.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-4 text-center text-sm text-slate-500">
          Nothing logged for this day yet.
        </p>
      ) : (
        <ol className="space-y-2">
          {day.encounters.map((enc, i) => (
            <li
              key={enc.key}
              className="rounded-xl border border-slate-200 bg-white shadow-sm"
              data-testid="day-encounter"
            >
              <p className="flex justify-between border-b border-slate-100 px-3 py-1.5 text-xs text-slate-500">
                <span>
                  Encounter {day.encounters.length - i}
                  {enc.site ? ` · ${enc.site}` : ''}
                </span>
                <span className="tabular">{formatWrvu(enc.wrvu)} wRVU</span>
              </p>
              <ul className="divide-y divide-slate-100">
                {enc.lines.map((line) => (
                  <li key={line.id} className="flex items-center gap-3 px-3 py-2" data-testid="day-line">
                    <div className="min-w-0 flex-1">
                      <p className="text-sm">
                        <span className="font-mono font-semibold">{line.code}</span>
                        {line.modifiers.length > 0 && (
                          <span className="text-slate-500">-{line.modifiers.join('-')}</span>
                        )}
                        {line.units > 1 && <span className="text-slate-500"> ×{line.units}</span>}
                      </p>
                      <p className="truncate text-xs text-slate-500">{line.description}</p>
                    </div>
                    <p className="tabular text-right text-sm font-medium" data-testid="day-line-wrvu">
                      {formatWrvu(line.creditedWrvu)}
                    </p>
                    <Button
                      variant="secondary"
                      size="sm"
                      className="min-h-10"
                      aria-label={`Log ${line.code} again`}
                      onClick={() => onLogAgain(line)}
                    >
                      <RotateCcw aria-hidden className="h-4 w-4" />
                      <span className="max-sm:sr-only">Again</span>
                    </Button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
