import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CatalogUpdate } from '@/components/admin/catalog-update';
import { CatalogFreshnessNote } from '@/components/admin/catalog-freshness';
import { CatalogUpload } from '@/components/admin/catalog-upload';
import { PageHeader } from '@/components/shell/page-header';
import { Card, CardHeader } from '@/components/ui/card';
import { isSiteAdmin } from '@/lib/auth/roles';
import { pfsArchiveTable } from '@/lib/catalog/pfs-archives';
import { getCatalogFreshness, getReleases, listCatalogImports } from '@/lib/catalog/queries';
import { formatCount } from '@/lib/format';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Catalog imports' };

export default async function CatalogAdminPage() {
  const actor = await requireUser('/admin/catalog');
  if (!isSiteAdmin(actor)) notFound();
  const [releases, imports, freshness] = await Promise.all([
    getReleases(),
    listCatalogImports({ limit: 100 }),
    getCatalogFreshness(),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Catalog imports"
        description="CMS fee-schedule releases, HCPCS Level II and ASP files. Each import is all-or-nothing; the same file twice changes nothing."
      />
      <CatalogFreshnessNote freshness={freshness} />
      <Card>
        <CardHeader
          title="Catch up with CMS"
          description="Downloads the year's PFS relative value archives from cms.gov, checks each one's sha256, imports them in order and re-prices the entries they affect (the same as npm run catalog:update)."
        />
        <div className="p-5">
          <CatalogUpdate
            years={Object.keys(pfsArchiveTable())
              .map(Number)
              .sort((a, b) => b - a)}
          />
        </div>
      </Card>
      <Card className="p-5">
        <CatalogUpload />
      </Card>
      <Card className="overflow-x-auto">
        <CardHeader
          title="Releases"
          description="The release in effect on a date of service prices it (A from Jan 1, B Apr 1, C Jul 1, D Oct 1)."
        />
        <table className="w-full text-sm">
          <caption className="sr-only">Imported fee-schedule releases</caption>
          <thead className="bg-slate-50 text-left text-xs text-slate-500 uppercase">
            <tr>
              <th className="px-4 py-2">Release</th>
              <th className="px-4 py-2">Effective</th>
              <th className="px-4 py-2">Released</th>
              <th className="px-4 py-2 text-right">Rows</th>
              <th className="px-4 py-2">Source</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {releases.map((r) => (
              <tr key={r.id}>
                <td className="px-4 py-2 font-mono font-semibold">
                  {r.id}
                  {r.starter && (
                    <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 font-sans text-xs font-normal text-amber-800">
                      old starter subset
                    </span>
                  )}
                </td>
                <td className="tabular px-4 py-2">{r.effectiveFrom}</td>
                <td className="tabular px-4 py-2">{r.releasedOn ?? '-'}</td>
                <td className="tabular px-4 py-2 text-right">{formatCount(r.rowCount)}</td>
                <td className="px-4 py-2 text-slate-600">{r.sourceFile}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card>
        <CardHeader title="Import history" />
        <ul className="divide-y divide-slate-100 text-sm" data-testid="import-history">
          {imports.map((i) => (
            <li key={i.id} className="px-5 py-3">
              <p className="font-medium text-slate-800">
                {i.kind} · {i.sourceFile}{' '}
                <span className="font-normal text-slate-500">
                  · {i.importedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC
                  {i.importedBy ? ` · ${i.importedBy}` : ''}
                </span>
              </p>
              <p className="text-slate-600">{i.description}</p>
            </li>
          ))}
          {!imports.length && (
            <li className="px-5 py-6 text-center text-slate-500">No CMS files imported yet.</li>
          )}
        </ul>
      </Card>
    </div>
  );
}
