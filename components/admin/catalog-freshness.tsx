import { CMS_PFS_RVU_URL, type CatalogFreshness } from '@/lib/catalog/freshness';

/** "N quarters behind": the newest imported release against today's quarter. */
export function CatalogFreshnessNote({ freshness }: { freshness: CatalogFreshness }) {
  const { latestImported, expected, quartersBehind } = freshness;
  if (!latestImported) return null;
  if (quartersBehind === 0) {
    return (
      <p className="text-sm text-slate-600" data-testid="catalog-freshness">
        Up to date: {latestImported} is the release of the current quarter.
      </p>
    );
  }
  return (
    <p
      className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
      data-testid="catalog-freshness"
    >
      <strong>
        {quartersBehind} {quartersBehind === 1 ? 'quarter' : 'quarters'} behind:
      </strong>{' '}
      the newest imported release is {latestImported}; the current quarter&apos;s is {expected}. Entries dated
      after {latestImported}&apos;s year are marked &quot;priced with an older fee schedule&quot; until the
      newer releases are imported (download them from{' '}
      <a href={CMS_PFS_RVU_URL} className="font-medium underline" rel="noreferrer" target="_blank">
        CMS: PFS Relative Value Files
      </a>
      ); importing re-prices them.
    </p>
  );
}
