import type { Metadata } from 'next';
import { PageHeader } from '@/components/shell/page-header';
import { QuickLog } from '@/components/log/quick-log';
import { getCodeSummary } from '@/lib/catalog/code-summary';
import { priceFavorites } from '@/lib/logs/favorite-prices';
import { listFavorites, listRecentCodes, listSites } from '@/lib/logs/queries';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Log procedures' };

export default async function LogPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const actor = await requireUser('/log');
  const { code } = await searchParams;
  const [favorites, recents, sites, initial] = await Promise.all([
    listFavorites({ actor }).then((favorites) => priceFavorites({ actor, favorites })),
    listRecentCodes({ actor }),
    listSites({ actor }),
    code ? getCodeSummary(code) : Promise.resolve(null),
  ]);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title="Log procedures"
        description="Add the codes of one encounter. The wRVU and its reasons show before you save."
      />
      <QuickLog
        favorites={favorites}
        recents={recents}
        sites={sites}
        initialCode={initial ? { code: initial.code, description: initial.shortDescription } : null}
      />
    </div>
  );
}
