import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/shell/page-header';
import { EntryList } from '@/components/entries/entry-list';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/card';
import { Input, Select } from '@/components/ui/field';
import { describeEntryCount, formatWrvu } from '@/lib/format';
import { getExcludedCount, listDayTotals } from '@/lib/logs/entry-totals';
import { listEntries, listSites } from '@/lib/logs/queries';
import { entryFilterSchema } from '@/lib/logs/schemas';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Entries' };

export default async function EntriesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireUser('/entries');
  const raw = await searchParams;
  const parsed = entryFilterSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v)));
  const filter = parsed.success ? parsed.data : { page: 1 };
  const [result, sites, excluded] = await Promise.all([
    listEntries({ actor, filter }),
    listSites({ actor }),
    getExcludedCount({ actor, filter }),
  ]);
  const days = [...new Set(result.rows.map((r) => r.dateOfService))];
  const dayTotals = await listDayTotals({ actor, filter, days });
  const qs = (page: number) =>
    new URLSearchParams({
      ...Object.fromEntries(Object.entries(raw).filter(([, v]) => v) as [string, string][]),
      page: String(page),
    }).toString();

  return (
    <>
      <PageHeader
        title="Entries"
        description="Everything you have logged, with the credited wRVU of each line."
        actions={
          <>
            <Link href="/entries/import" className={buttonClass('secondary')}>
              Import CSV
            </Link>
            <Link href="/log" className={buttonClass()}>
              Log procedures
            </Link>
          </>
        }
      />
      <form
        className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-5"
        role="search"
        aria-label="Filter entries"
      >
        <label className="text-xs font-medium text-slate-600">
          From
          <Input type="date" name="from" defaultValue={raw.from} className="mt-1" />
        </label>
        <label className="text-xs font-medium text-slate-600">
          To
          <Input type="date" name="to" defaultValue={raw.to} className="mt-1" />
        </label>
        <label className="text-xs font-medium text-slate-600">
          Code
          <Input name="code" defaultValue={raw.code} placeholder="e.g. 99213" className="mt-1 uppercase" />
        </label>
        <label className="text-xs font-medium text-slate-600">
          Site
          <Select name="siteId" defaultValue={raw.siteId ?? ''} className="mt-1">
            <option value="">All sites</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass('secondary')}>
            Filter
          </button>
          <Link href="/entries" className={buttonClass('ghost')}>
            Clear
          </Link>
        </div>
        {!parsed.success && (
          <p className="text-sm text-red-600 sm:col-span-5">Some filters were not valid and were ignored.</p>
        )}
      </form>

      <p className="mb-3 text-sm text-slate-600" data-testid="entries-total">
        <span className="font-semibold text-slate-900">
          {describeEntryCount({ entries: result.total.count, excluded })}
        </span>{' '}
        · <span className="tabular font-semibold text-slate-900">{formatWrvu(result.total.wrvu)}</span> wRVU
        credited
      </p>

      {result.rows.length === 0 ? (
        <EmptyState
          title="No entries match"
          action={
            <Link href="/log" className={buttonClass()}>
              Log a procedure
            </Link>
          }
        >
          Log a procedure, import past cases from CSV, or widen the filters.
        </EmptyState>
      ) : (
        <EntryList rows={result.rows} dayTotals={dayTotals} />
      )}
      {result.pages > 1 && (
        <nav className="mt-4 flex items-center justify-between text-sm" aria-label="Pages">
          {result.page > 1 ? (
            <Link href={`/entries?${qs(result.page - 1)}`} className={buttonClass('secondary', 'sm')}>
              Previous
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-500">
            Page {result.page} of {result.pages}
          </span>
          {result.page < result.pages ? (
            <Link href={`/entries?${qs(result.page + 1)}`} className={buttonClass('secondary', 'sm')}>
              Next
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
