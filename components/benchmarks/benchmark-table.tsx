import { PERCENTILE_KEYS } from '@/lib/benchmarks/percentile';
import type { BenchmarkTable } from '@/lib/benchmarks/queries';
import { formatWhole, sourceLine } from '@/lib/format';

const QUALITY: Record<string, string> = {
  A: "A: the publisher's own figure",
  B: 'B: a third party quoting a named survey',
  synthetic: 'Synthetic demo data - not survey data',
};

/** One specialty's published percentiles from one source, with everything needed to judge them. */
export function BenchmarkTableCard({ table }: { table: BenchmarkTable }) {
  const { source, row } = table;
  const cell = (v: number | null | undefined) =>
    v === null || v === undefined ? 'not published' : formatWhole(v);
  const medicare = source.kind === 'MEDICARE_DERIVED';
  return (
    <div className="space-y-4">
      {medicare && source.caveat && (
        <p
          className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900"
          data-testid="source-caveat"
        >
          {source.caveat}
        </p>
      )}
      {row && (
        <div className="overflow-x-auto">
          <table className="w-full min-w-max text-sm" data-testid="benchmark-table">
            <caption className="pb-2 text-left text-xs text-slate-500">
              {medicare
                ? 'Annual Medicare FFS wRVUs per individual provider, computed by Benchline from CMS data'
                : 'Annual wRVUs per 1.0 clinical FTE'}
              : {row.specialty}
              {row.segment !== 'all' ? `, ${row.segment}` : ''}. Percentiles not published by the source are
              never estimated.
            </caption>
            <thead>
              <tr className="border-b border-slate-200 text-xs text-slate-500">
                {PERCENTILE_KEYS.map((k) => (
                  <th key={k} scope="col" className="px-2 py-1.5 text-right font-medium">
                    {k}
                  </th>
                ))}
                <th scope="col" className="px-2 py-1.5 text-right font-medium">
                  Mean
                </th>
                <th scope="col" className="px-2 py-1.5 text-right font-medium">
                  {medicare ? 'Providers' : 'Respondents'}
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                {PERCENTILE_KEYS.map((k) => (
                  <td
                    key={k}
                    className={`tabular px-2 py-2 text-right ${row.table[k] == null ? 'text-xs text-slate-600' : 'font-semibold text-slate-900'}`}
                  >
                    {cell(row.table[k])}
                  </td>
                ))}
                <td className="tabular px-2 py-2 text-right">{cell(row.mean)}</td>
                <td className="tabular px-2 py-2 text-right">{row.respondents ?? '-'}</td>
              </tr>
            </tbody>
          </table>
          {row.note && <p className="mt-2 text-xs text-slate-600">{row.note}</p>}
        </div>
      )}
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <div className="sm:col-span-2">
          <dt className="text-xs text-slate-500">Citation</dt>
          <dd
            className={source.synthetic ? 'font-medium text-amber-800' : 'text-slate-800'}
            data-testid="source-citation"
          >
            {sourceLine(source)}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Publisher and survey</dt>
          <dd>
            {source.publisher}, {source.survey}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Data year / RVU basis year</dt>
          <dd>
            {source.dataYear} / {source.rvuBasisYear ?? 'not stated'}
          </dd>
        </div>
        {source.population && (
          <div>
            <dt className="text-xs text-slate-500">Population</dt>
            <dd>{source.population}</dd>
          </div>
        )}
        {source.quality && (
          <div>
            <dt className="text-xs text-slate-500">Quality</dt>
            <dd>{QUALITY[source.quality] ?? source.quality}</dd>
          </div>
        )}
        {source.caveat && (
          <div className="sm:col-span-2">
            <dt className="text-xs text-slate-500">Caveat</dt>
            <dd>{source.caveat}</dd>
          </div>
        )}
        {source.licenceNote && (
          <div className="sm:col-span-2">
            <dt className="text-xs text-slate-500">Licence</dt>
            <dd>{source.licenceNote}</dd>
          </div>
        )}
        {source.url && (
          <div className="sm:col-span-2">
            <dt className="text-xs text-slate-500">Link</dt>
            <dd className="break-all">
              <a
                href={source.url}
                className="text-brand-700 underline"
                rel="noopener noreferrer"
                target="_blank"
              >
                {source.url}
              </a>
            </dd>
          </div>
        )}
        {source.organization && (
          <div>
            <dt className="text-xs text-slate-500">Imported by</dt>
            <dd>{source.organization.name} (visible to its members only)</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
