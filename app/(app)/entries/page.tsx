import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/shell/page-header';
import { DeleteEntryButton } from '@/components/entries/delete-entry-button';
import { ReleaseFitBadge } from '@/components/entries/release-fit-badge';
import { buttonClass } from '@/components/ui/button';
import { Card, EmptyState } from '@/components/ui/card';
import { Input, Select } from '@/components/ui/field';
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
  const [result, sites] = await Promise.all([listEntries({ actor, filter }), listSites({ actor })]);
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
        <span className="tabular font-semibold text-slate-900">{result.total.count}</span> entries ·{' '}
        <span className="tabular font-semibold text-slate-900">{Number(result.total.wrvu).toFixed(2)}</span>{' '}
        wRVU credited
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
        <Card className="overflow-hidden">
          <table className="w-full text-sm">
            <caption className="sr-only">Logged procedures</caption>
            <thead className="bg-slate-50 text-left text-xs tracking-wide text-slate-500 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2">
                  Date
                </th>
                <th scope="col" className="px-4 py-2">
                  Code
                </th>
                <th scope="col" className="hidden px-4 py-2 md:table-cell">
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
            <tbody className="divide-y divide-slate-100">
              {result.rows.map((e) => (
                <tr key={e.id} data-testid="entry-row">
                  <td className="tabular px-4 py-3 whitespace-nowrap text-slate-600">{e.dateOfService}</td>
                  <td className="px-4 py-3">
                    <span className="font-mono font-semibold">{e.code}</span>
                    {e.modifiers.length > 0 && (
                      <span className="text-slate-500">-{e.modifiers.join('-')}</span>
                    )}
                    {e.units > 1 && <span className="text-slate-500"> ×{e.units}</span>}
                    <span className="block max-w-xs truncate text-xs text-slate-500">{e.description}</span>
                    <ReleaseFitBadge fit={e.releaseFit} className="mt-1" />
                  </td>
                  <td className="hidden px-4 py-3 text-slate-600 md:table-cell">{e.site?.name ?? '-'}</td>
                  <td className="tabular px-4 py-3 text-right font-medium">
                    {e.creditedWrvu}
                    {e.excluded && <span className="block text-xs font-normal text-slate-500">excluded</span>}
                  </td>
                  <td className="px-2 py-3 text-right whitespace-nowrap">
                    <Link href={`/entries/${e.id}`} className={buttonClass('ghost', 'sm')}>
                      Why?
                    </Link>
                    <DeleteEntryButton id={e.id} code={e.code} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
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
