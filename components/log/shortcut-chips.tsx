// Favorites and recent codes as one-tap chips above the search box.
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
  return (
    <div className="space-y-3">
      {[
        { title: 'Favorites', items: favorites, testId: 'favorites' },
        { title: 'Recent', items: recents, testId: 'recents' },
      ]
        .filter((g) => g.items.length)
        .map((g) => (
          <section key={g.title} aria-label={g.title} data-testid={g.testId}>
            <h2 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">{g.title}</h2>
            {/* One swipeable row on phones keeps the search box within reach; wraps on wider screens. */}
            <div className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0">
              {g.items.map((s) => (
                <button
                  key={`${s.code}-${s.modifiers.join('-')}`}
                  type="button"
                  onClick={() => onPick(s)}
                  className="flex min-h-11 shrink-0 items-center gap-2 rounded-full border border-slate-200 bg-white px-3 py-1.5 text-sm shadow-sm hover:border-brand-300 hover:bg-brand-50"
                  title={s.description}
                >
                  <span className="font-mono font-semibold">{s.code}</span>
                  {s.modifiers.length > 0 && (
                    <span className="text-xs text-slate-500">-{s.modifiers.join('-')}</span>
                  )}
                  <span className="max-w-[10rem] truncate text-slate-600">{s.description}</span>
                </button>
              ))}
            </div>
          </section>
        ))}
    </div>
  );
}
