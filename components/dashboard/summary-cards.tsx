import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { getPeriodTotals } from '@/lib/dashboard/period';
import { formatDay, periodText } from '@/lib/dashboard/range';
import {
  describeEntryCount,
  formatCount,
  formatMoney,
  formatRate,
  formatWhole,
  formatWrvu,
} from '@/lib/format';
import { getDashboardSummary, type DashboardOptions } from '@/lib/dashboard/queries';
import { NoBenchmark } from '@/components/benchmarks/no-benchmark';
import { SourceNote } from './source-note';

function Stat({
  label,
  value,
  testId,
  children,
}: {
  label: string;
  value: React.ReactNode;
  testId: string;
  children?: React.ReactNode;
}) {
  return (
    <Card className="flex min-w-0 flex-col gap-1 p-4" data-testid={testId}>
      <h3 className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</h3>
      <p className="tabular text-2xl font-semibold text-slate-900" data-testid={`${testId}-value`}>
        {value}
      </p>
      <div className="space-y-1 text-xs text-slate-600">{children}</div>
    </Card>
  );
}

/**
 * The headline cards. First the chosen period's own numbers (total, entries, average per worked
 * day), then the fiscal-year cards, labelled as such: year to date, pace, percentile rank,
 * projection and compensation always answer for the fiscal year, whatever the period.
 */
export async function SummaryCards({ options }: { options: DashboardOptions }) {
  const [{ ctx, summary }, period] = await Promise.all([
    getDashboardSummary(options),
    getPeriodTotals(options),
  ]);
  const { subject, fiscalYear, asOf, benchmark } = ctx;
  const { pace, needed, compensation } = summary;
  const projected = summary.projection.byWorkedDays ?? summary.projection.byCalendarDays;
  const fy = `FY${fiscalYear.label}`;
  return (
    <div className="space-y-3">
      <section aria-labelledby="period-cards" className="space-y-2">
        <h2 id="period-cards" className="text-sm font-medium text-slate-700" data-testid="period-label">
          {periodText(period.range)}
        </h2>
        <div className="grid grid-cols-2 gap-4 sm:grid-cols-3">
          <Stat label="wRVUs in the period" value={formatWrvu(period.wrvu)} testId="card-period-total">
            <p>
              {formatDay(period.range.from)} - {formatDay(period.range.to)}
            </p>
          </Stat>
          <Stat label="Entries" value={formatCount(period.entries)} testId="card-period-entries">
            <p>{describeEntryCount(period)}</p>
          </Stat>
          <Stat
            label="Average per worked day"
            value={period.perWorkedDay === null ? '-' : formatWrvu(period.perWorkedDay)}
            testId="card-period-average"
          >
            <p>wRVUs over {countLabel(period.workedDays, 'worked day')} (weekdays without time off).</p>
          </Stat>
        </div>
      </section>
      <section aria-labelledby="fy-cards" className="space-y-2">
        <h2 id="fy-cards" className="text-sm font-medium text-slate-700">
          Fiscal year {fy} ({formatDay(fiscalYear.start)} - {formatDay(fiscalYear.end)}): pace and percentile
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-5">
          <Stat label={`wRVUs ${fy} to date`} value={formatWrvu(summary.ytdWrvu)} testId="card-ytd">
            <p>
              {countLabel(summary.ytdEntries, 'credited entry', 'credited entries')} ·{' '}
              {formatDay(fiscalYear.start)} - {formatDay(asOf)}
            </p>
          </Stat>
          <Stat label={`${fy} annualized pace`} value={formatWhole(summary.rankedPace)} testId="card-pace">
            <p>
              wRVUs a year per 1.0 FTE{subject.clinicalFte !== 1 ? ` (your FTE: ${subject.clinicalFte})` : ''}
              , by worked days.
            </p>
            <p>
              By calendar days: {formatWhole(pace.byCalendarDays)}. Worked days so far:{' '}
              {pace.workedDaysElapsed} of {pace.workedDaysInYear}
              {summary.timeOffDays.year > 0
                ? `; ${countLabel(summary.timeOffDays.year, 'weekday')} of time off this year`
                : ''}
              .
            </p>
          </Stat>
          <Stat label={`${fy} percentile rank`} value={summary.rankLabel ?? '-'} testId="card-percentile">
            {benchmark ? (
              <>
                <p>{benchmark.specialty}, pace per 1.0 FTE against the published percentiles.</p>
                <SourceNote benchmark={benchmark} link={!subject.readOnly} />
              </>
            ) : (
              <NoBenchmark
                specialty={subject.benchmarkSpecialty ?? subject.specialty}
                links={!subject.readOnly}
              />
            )}
          </Stat>
          <Stat label={`Projected ${fy} total`} value={formatWhole(projected)} testId="card-projection">
            <p>wRVUs by {formatDay(fiscalYear.end)} at the current worked-day rate.</p>
            {needed ? (
              <p>
                Target p{needed.targetPercentile} ({formatWhole(needed.targetWrvu)}):{' '}
                {needed.perWeek === 0
                  ? 'reached.'
                  : needed.perWeek === null
                    ? 'no working weeks left.'
                    : `${formatWrvu(needed.perWeek)} wRVUs a week for the remaining ${needed.remainingWeeks.toFixed(1)} weeks.`}
              </p>
            ) : benchmark ? (
              <p>The source does not publish p{subject.targetPercentile}, so no target pace is shown.</p>
            ) : null}
            {needed && <SourceNote benchmark={benchmark} link={false} />}
          </Stat>
          <Stat
            label={`${fy} compensation estimate`}
            value={compensation ? formatMoney(compensation.projected) : '-'}
            testId="card-compensation"
          >
            {compensation ? (
              <>
                <p>
                  Projected for FY{fiscalYear.label},{' '}
                  {compensation.basis === 'tiers'
                    ? 'with your rate tiers'
                    : `at ${formatRate(subject.ratePerWrvu ?? 0)} per wRVU`}
                  .
                </p>
                <p>Earned to date: {formatMoney(compensation.ytd)}. An estimate, not a pay statement.</p>
              </>
            ) : subject.readOnly ? (
              <p>No $/wRVU rate in this profile.</p>
            ) : (
              <p>
                No $/wRVU rate set.{' '}
                <Link href="/settings" className="font-medium text-brand-700 underline">
                  Add your $/wRVU rate
                </Link>{' '}
                to estimate compensation.
              </p>
            )}
          </Stat>
        </div>
      </section>
    </div>
  );
}

function countLabel(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
