// Favorites and recent codes as one-tap chips above the search box.
import Link from 'next/link';
import { formatWrvu } from '@/lib/format';
import type { Shortcut } from './draft';

export function ShortcutChips({
  favorites,
  recents,
  onPick,
}: {
  favorites: Shortcut[];
  recents: Shortcut[];
  onPick: (s: Shortcut) => void;
}) {
  if (favorites.length === 0 && recents.length === 0) return null;
  // Favorites show each chip's wRVU (priced on its own today) and its label when it has one.
  return (
    <div className="space-y-3">
      {[
        { title: 'Favorites', items: favorites, testId: 'favorites' },
        { title: 'Recent', items: recents, testId: 'recents' },
      ]
        .filter((g) => g.items.length)
        .map((g) => (
          <section key={g.title} aria-label={g.title} data-testid={g.testId}>
            <div className="mb-1.5 flex items-baseline justify-between">
              <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{g.title}</h2>
              {g.testId === 'favorites' && (
                <Link href="/log/favorites" className="text-xs font-medium text-brand-700 hover:underline">
                  Manage
                </Link>
              )}
            </div>
            {/* One swipeable row on phones keeps the search box within reach; wraps on wider screens. */}
            <div className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0">
              {g.items.map((s) => (
                <button
                  key={`${s.code}-${s.modifiers.join('-')}`}
                  type="button"
                  onClick={() => onPick(s)}
                  className="flex min-h-11 shrink-0 items-center gap-2 rounded-full border border-slate-200 bg-white px-3 py-1.5 text-sm shadow-sm hover:border-brand-300 hover:bg-brand-50"
                  title={s.description}
                  aria-label={`${s.code}${s.modifiers.length ? `-${s.modifiers.join('-')}` : ''} ${s.label || s.description}${s.wrvu != null ? `, ${formatWrvu(s.wrvu)} wRVU` : ''}`}
                >
                  <span className="font-mono font-semibold">{s.code}</span>
                  {s.modifiers.length > 0 && (
                    <span className="text-xs text-slate-500">-{s.modifiers.join('-')}</span>
                  )}
                  <span className="max-w-[10rem] truncate text-slate-600">{s.label || s.description}</span>
                  {s.wrvu != null && (
                    <span className="tabular rounded-full bg-slate-100 px-1.5 text-xs font-medium text-slate-700">
                      {formatWrvu(s.wrvu)}
                    </span>
                  )}
                </button>
              ))}
            </div>
          </section>
        ))}
    </div>
  );
}
