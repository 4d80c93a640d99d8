import type { Metadata } from 'next';
import Link from 'next/link';
import { FavoritesManager } from '@/components/log/favorites-manager';
import { PageHeader } from '@/components/shell/page-header';
import { buttonClass } from '@/components/ui/button';
import { priceFavorites } from '@/lib/logs/favorite-prices';
import { listFavorites } from '@/lib/logs/queries';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Favorites' };

export default async function FavoritesPage() {
  const actor = await requireUser('/log/favorites');
  const favorites = await priceFavorites({ actor, favorites: await listFavorites({ actor }) });
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title="Favorites"
        description="The chips at the top of the log page, in this order. Drag or use the arrows to reorder; give a chip a short label."
        actions={
          <Link href="/log" className={buttonClass('secondary')}>
            Back to the log
          </Link>
        }
      />
      <FavoritesManager initial={favorites} />
    </div>
  );
}
