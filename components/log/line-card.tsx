// One procedure of the draft: its code and credited wRVU, the modifiers and units fields, the
// favorite and remove buttons, what each modifier means, and why the number is what it is.
import { Star, Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import { cn } from '@/lib/cn';
import { formatWrvu } from '@/lib/format';
import type { PreviewResult } from '@/lib/logs/preview';
import { MODIFIERS, type ParsedModifiers } from '@/lib/rvu/modifiers';
import type { Line } from './draft';
import { LineExplanation } from './line-explanation';

export function LineCard({
  line,
  mods,
  preview: p,
  previewError,
  favorite,
  onChange,
  onFavorite,
  onRemove,
  onAdd,
}: {
  line: Line;
  mods: ParsedModifiers;
  preview: PreviewResult | undefined;
  /** Why the line cannot be priced (a future date, ...): shown instead of a number that never comes. */
  previewError: string | null;
  /** Already a favorite with these modifiers: the star is filled and tapping it removes it. */
  favorite: boolean;
  onChange: (patch: Partial<Pick<Line, 'modifiersText' | 'units'>>) => void;
  onFavorite: () => void;
  onRemove: () => void;
  onAdd: (code: string, label: string) => void;
}) {
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="draft-line">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="font-mono text-base font-semibold">{line.code}</p>
          <p className="truncate text-sm text-slate-600">{line.description}</p>
        </div>
        <div className="text-right">
          <p
            className={cn('tabular text-xl font-semibold', p?.excluded ? 'text-slate-400' : 'text-slate-900')}
            data-testid="line-wrvu"
          >
            {previewError ? '–' : p ? formatWrvu(p.creditedWrvu) : '…'}
          </p>
          <p className="text-xs text-slate-500">wRVU</p>
        </div>
      </div>
      <div className="mt-3 grid grid-cols-[1fr_5rem_auto_auto] items-end gap-2">
        <label className="text-xs font-medium text-slate-600">
          Modifiers
          <Input
            value={line.modifiersText}
            onChange={(e) => onChange({ modifiersText: e.target.value })}
            placeholder="e.g. 50 or 80 LT"
            list="modifier-list"
            autoCapitalize="characters"
            aria-invalid={mods.errors.length > 0}
            className="mt-1 uppercase"
          />
        </label>
        <label className="text-xs font-medium text-slate-600">
          Units
          <Input
            type="number"
            inputMode="numeric"
            min={1}
            max={99}
            value={line.units}
            onChange={(e) => onChange({ units: e.target.value })}
            className="mt-1"
          />
        </label>
        <Button
          variant="ghost"
          size="md"
          aria-label={`Favorite ${line.code}`}
          aria-pressed={favorite}
          title={favorite ? 'A favorite: tap to remove it' : 'Add to favorites'}
          onClick={onFavorite}
        >
          <Star
            aria-hidden
            className={cn('h-4 w-4', favorite && 'fill-amber-400 text-amber-500')}
            data-testid={favorite ? 'star-filled' : 'star-empty'}
          />
        </Button>
        <Button variant="ghost" size="md" aria-label={`Remove ${line.code}`} onClick={onRemove}>
          <Trash2 aria-hidden className="h-4 w-4" />
        </Button>
      </div>
      {previewError && (
        <p className="mt-2 text-sm text-red-600" aria-live="polite" data-testid="line-error">
          {previewError}
        </p>
      )}
      {mods.errors.length > 0 && (
        <p className="mt-2 text-sm text-red-600" aria-live="polite">
          {mods.errors.join(' ')}
        </p>
      )}
      {mods.modifiers.length > 0 && (
        <ul className="mt-2 space-y-0.5 text-xs text-slate-500">
          {mods.modifiers.map((m) => (
            <li key={m}>
              <span className="font-mono font-semibold text-slate-700">{m}</span>{' '}
              {MODIFIERS.find((x) => x.code === m)?.explanation ?? ''}
            </li>
          ))}
        </ul>
      )}
      {p && <LineExplanation result={p} onAdd={onAdd} />}
    </li>
  );
}

/** The modifier suggestions every line's modifiers field offers (list="modifier-list"). */
export function ModifierDatalist() {
  return (
    <datalist id="modifier-list">
      {MODIFIERS.map((m) => (
        <option key={m.code} value={m.code}>
          {m.explanation}
        </option>
      ))}
    </datalist>
  );
}
