import type { CodePage } from '@/lib/catalog/code-page';
import { globalPeriodLabel } from '@/lib/catalog/code-page';
import { catalogFreshness } from '@/lib/catalog/freshness';
import { moneyText, rvuText } from './format';

/** The three numbers people come for, above the fold: work RVU, global period or ASP price, release. */
export function KeyFacts({ page }: { page: CodePage }) {
  const facts: [string, string][] = [];
  if (page.aspDrug) {
    facts.push(['Work RVU', 'None (ASP drug)']);
    if (page.price)
      facts.push([
        'ASP payment limit',
        `${moneyText(page.price.paymentLimit)}${page.price.dosage ? ` / ${page.price.dosage}` : ''}`,
      ]);
  } else if (page.rvu) {
    facts.push(['Work RVU', rvuText(page.rvu.workRvu)]);
    if (page.rvu.globalDays) facts.push(['Global period', globalPeriodLabel(page.rvu.globalDays)]);
  } else {
    facts.push(['Work RVU', page.release ? `Not in ${page.release.id}` : 'No release imported']);
  }
  if (page.release) facts.push(['CMS release', page.release.id]);
  const freshness = catalogFreshness(page.release, new Date().toISOString().slice(0, 10));
  return (
    <>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {facts.map(([term, value]) => (
          <div key={term} className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
            <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{term}</dt>
            <dd className="tabular mt-1 text-lg font-semibold text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {freshness.newerPublished && (
        <p
          className="mt-3 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
          data-testid="code-release-freshness"
        >
          Latest imported: {freshness.latestImported}; CMS has published newer releases since. These values
          may differ from the current fee schedule.
        </p>
      )}
    </>
  );
}
