import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/shell/page-header';
import { DeleteEntryButton } from '@/components/entries/delete-entry-button';
import { EditEntryForm } from '@/components/entries/edit-entry-form';
import { ReleaseFitBadge } from '@/components/entries/release-fit-badge';
import { Card, CardHeader } from '@/components/ui/card';
import { AppError } from '@/lib/errors';
import { getEntry, getEntryHistory, listSites } from '@/lib/logs/queries';
import { explainResult } from '@/lib/rvu/explain';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Entry' };

export default async function EntryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser(`/entries/${id}`);
  const entry = await getEntry({ actor, id }).catch((err) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const [history, sites] = await Promise.all([getEntryHistory({ actor, id }), listSites({ actor })]);
  const lines = entry.explanation ? explainResult(entry.explanation) : [];
  const policy = entry.policy as { name?: string } | null;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title={`${entry.code}${entry.modifiers.length ? `-${entry.modifiers.join('-')}` : ''} on ${entry.dateOfService}`}
        description={entry.deletedAt ? 'This entry was deleted.' : `${entry.creditedWrvu} wRVU credited`}
        actions={
          !entry.deletedAt && <DeleteEntryButton id={entry.id} code={entry.code} afterDelete="/entries" />
        }
      />
      <Card>
        <CardHeader
          title="Why this number"
          description={`Release ${entry.releaseId ?? 'none'} · policy ${policy?.name ?? 'CMS-adjusted'}`}
          action={<ReleaseFitBadge fit={entry.releaseFit} />}
        />
        <ol className="space-y-1 px-5 py-4 text-sm text-slate-700" data-testid="why">
          {lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ol>
      </Card>
      {!entry.deletedAt && (
        <Card>
          <CardHeader title="Edit" />
          <div className="p-5">
            <EditEntryForm
              sites={sites}
              initial={{
                id: entry.id,
                dateOfService: entry.dateOfService,
                code: entry.code,
                modifiers: entry.modifiers.join(' '),
                units: String(entry.units),
                siteId: entry.siteId ?? '',
                setting: entry.setting,
                role: entry.role ?? '',
                note: entry.note ?? '',
              }}
            />
          </div>
        </Card>
      )}
      <Card>
        <CardHeader title="History" description="Every change to this entry." />
        <ul className="divide-y divide-slate-100 text-sm" data-testid="history">
          {history.map((h) => {
            const before = h.before as Record<string, unknown> | null;
            const after = h.after as Record<string, unknown> | null;
            const changed =
              before && after
                ? Object.keys(after).filter(
                    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]) && k !== 'deletedAt',
                  )
                : [];
            return (
              <li key={h.id} className="px-5 py-3">
                <p className="font-medium text-slate-800">
                  {h.action.replace('entry.', '')}{' '}
                  <span className="font-normal text-slate-500">
                    · {h.createdAt.toISOString().replace('T', ' ').slice(0, 16)} UTC
                  </span>
                </p>
                {changed.length > 0 && (
                  <ul className="mt-1 text-xs text-slate-600">
                    {changed.map((k) => (
                      <li key={k}>
                        {k}: {JSON.stringify(before![k])} → {JSON.stringify(after![k])}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      </Card>
      <Link href="/entries" className="text-sm text-brand-700 hover:underline">
        ← All entries
      </Link>
    </div>
  );
}
