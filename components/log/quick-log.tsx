'use client';
// The quick log: pick codes (favorites, recents or search), adjust modifiers and units, see the
// credited wRVU and why before saving, then save the encounter. Entry ids are generated when a
// line is added, so a retried save can never create duplicates.
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { AlertTriangle, Info, Plus, Star, Trash2 } from 'lucide-react';
import { RoleOptions, SiteOptions } from '@/components/entries/entry-options';
import { Button } from '@/components/ui/button';
import { Input, Select, Textarea } from '@/components/ui/field';
import { cn } from '@/lib/cn';
import {
  addFavoriteAction,
  createEntriesAction,
  createSiteAction,
  deleteEntryAction,
  previewLinesAction,
} from '@/lib/logs/actions';
import type { PreviewResult } from '@/lib/logs/preview';
import { explainResult } from '@/lib/rvu/explain';
import { MODIFIERS, parseModifiers } from '@/lib/rvu/modifiers';
import { CodeSearch, type CodeHit } from './code-search';

type Shortcut = { id?: string; code: string; modifiers: string[]; description: string };
type Line = { id: string; code: string; description: string; modifiersText: string; units: string };

const localToday = () => {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};
const newLine = (code: string, description: string, modifiers: string[] = []): Line => ({
  id: crypto.randomUUID(),
  code,
  description,
  modifiersText: modifiers.join(' '),
  units: '1',
});

export function QuickLog(props: {
  favorites: Shortcut[];
  recents: Shortcut[];
  sites: { id: string; name: string }[];
  initialCode?: { code: string; description: string } | null;
}) {
  const router = useRouter();
  const [lines, setLines] = useState<Line[]>(() =>
    props.initialCode ? [newLine(props.initialCode.code, props.initialCode.description)] : [],
  );
  const [encounterKey, setEncounterKey] = useState(() => crypto.randomUUID());
  const [date, setDate] = useState(localToday);
  const [siteId, setSiteId] = useState('');
  const [sites, setSites] = useState(props.sites);
  const [setting, setSetting] = useState<'FACILITY' | 'NON_FACILITY'>('FACILITY');
  const [role, setRole] = useState('');
  const [note, setNote] = useState('');
  const [preview, setPreview] = useState<Record<string, PreviewResult>>({});
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [saving, startSaving] = useTransition();
  const lastModInput = useRef<HTMLInputElement | null>(null);

  const parsed = useMemo(
    () => lines.map((l) => ({ line: l, mods: parseModifiers(l.modifiersText) })),
    [lines],
  );

  // Re-price the draft whenever it changes (debounced): the user sees the number before saving.
  useEffect(() => {
    const valid = parsed.filter((p) => p.mods.errors.length === 0);
    if (!valid.length) return;
    const t = setTimeout(async () => {
      const result = await previewLinesAction({
        lines: valid.map(({ line, mods }) => ({
          id: line.id,
          code: line.code,
          modifiers: mods.modifiers,
          units: Number(line.units) || 1,
          dateOfService: date,
        })),
      });
      if (result.ok) setPreview(Object.fromEntries(result.data.map((r) => [r.lineId, r])));
    }, 200);
    return () => clearTimeout(t);
  }, [parsed, date]);

  const addLine = useCallback((code: string, description: string, modifiers: string[] = []) => {
    setLines((ls) => [...ls, newLine(code, description, modifiers)]);
    // Keyboard flow: code, then modifiers, then Enter saves.
    setTimeout(() => lastModInput.current?.focus(), 0);
  }, []);

  const total = lines.reduce((sum, l) => sum + (preview[l.id]?.creditedWrvu ?? 0), 0);

  function save() {
    const bad = parsed.find((p) => p.mods.errors.length);
    if (bad) {
      setErrors({ [bad.line.id]: bad.mods.errors });
      return;
    }
    if (!lines.length) return;
    startSaving(async () => {
      const result = await createEntriesAction({
        entries: parsed.map(({ line, mods }) => ({
          id: line.id,
          code: line.code,
          modifiers: mods.modifiers,
          units: Number(line.units) || 1,
          dateOfService: date,
          encounterKey,
          siteId: siteId || null,
          setting,
          role: role || null,
          note: note || undefined,
        })),
      });
      if (!result.ok) {
        setErrors({ _form: [result.error, ...Object.values(result.fieldErrors ?? {}).flat()] });
        toast.error(result.error);
        return;
      }
      const ids = lines.map((l) => l.id);
      const count = ids.length;
      toast.success(`Logged ${count} procedure${count > 1 ? 's' : ''} · ${total.toFixed(2)} wRVU`, {
        action: {
          label: 'Undo',
          onClick: async () => {
            await Promise.all(ids.map((id) => deleteEntryAction({ id })));
            toast('Removed', { description: 'The procedures you just logged were removed.' });
            router.refresh();
          },
        },
      });
      setLines([]);
      setPreview({});
      setErrors({});
      setNote('');
      setEncounterKey(crypto.randomUUID());
      router.refresh();
    });
  }

  async function addSite() {
    const name = window.prompt('Name of the new site (hospital, clinic, ASC)');
    if (!name) return;
    const result = await createSiteAction({ name });
    if (result.ok) {
      setSites((s) => [...s, result.data].sort((a, b) => a.name.localeCompare(b.name)));
      setSiteId(result.data.id);
    } else toast.error(result.error);
  }

  async function favorite(line: Line) {
    const mods = parseModifiers(line.modifiersText);
    const result = await addFavoriteAction({ code: line.code, modifiers: mods.modifiers });
    if (result.ok) {
      toast.success(`${line.code} added to favorites`);
      router.refresh();
    } else toast.error(result.error);
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      className="space-y-5"
      aria-label="Quick log"
    >
      {(props.favorites.length > 0 || props.recents.length > 0) && (
        <div className="space-y-3">
          {[
            { title: 'Favorites', items: props.favorites, testId: 'favorites' },
            { title: 'Recent', items: props.recents, testId: 'recents' },
          ]
            .filter((g) => g.items.length)
            .map((g) => (
              <section key={g.title} aria-label={g.title} data-testid={g.testId}>
                <h2 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">
                  {g.title}
                </h2>
                {/* One swipeable row on phones keeps the search box within reach; wraps on wider screens. */}
                <div className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0">
                  {g.items.map((s) => (
                    <button
                      key={`${s.code}-${s.modifiers.join('-')}`}
                      type="button"
                      onClick={() => addLine(s.code, s.description, s.modifiers)}
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
      )}

      <CodeSearch
        onPick={(h: CodeHit) => addLine(h.code, h.shortDescription)}
        autoFocus={!props.initialCode}
      />

      {lines.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-8 text-center text-sm text-slate-500">
          Add one or more codes for this encounter. Procedures in the same encounter share the
          multiple-procedure rules.
        </p>
      ) : (
        <ul className="space-y-3" aria-label="Procedures in this encounter">
          {parsed.map(({ line, mods }, i) => {
            const p = preview[line.id];
            return (
              <li
                key={line.id}
                className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
                data-testid="draft-line"
              >
                <div className="flex items-start justify-between gap-3">
                  <div className="min-w-0">
                    <p className="font-mono text-base font-semibold">{line.code}</p>
                    <p className="truncate text-sm text-slate-600">{line.description}</p>
                  </div>
                  <div className="text-right">
                    <p
                      className={cn(
                        'tabular text-xl font-semibold',
                        p?.excluded ? 'text-slate-400' : 'text-slate-900',
                      )}
                      data-testid="line-wrvu"
                    >
                      {p ? p.creditedWrvu.toFixed(2) : '…'}
                    </p>
                    <p className="text-xs text-slate-500">wRVU</p>
                  </div>
                </div>
                <div className="mt-3 grid grid-cols-[1fr_5rem_auto_auto] items-end gap-2">
                  <label className="text-xs font-medium text-slate-600">
                    Modifiers
                    <Input
                      ref={i === lines.length - 1 ? lastModInput : undefined}
                      value={line.modifiersText}
                      onChange={(e) =>
                        setLines((ls) =>
                          ls.map((l) => (l.id === line.id ? { ...l, modifiersText: e.target.value } : l)),
                        )
                      }
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
                      onChange={(e) =>
                        setLines((ls) =>
                          ls.map((l) => (l.id === line.id ? { ...l, units: e.target.value } : l)),
                        )
                      }
                      className="mt-1"
                    />
                  </label>
                  <Button
                    variant="ghost"
                    size="md"
                    aria-label={`Add ${line.code} to favorites`}
                    onClick={() => favorite(line)}
                  >
                    <Star aria-hidden className="h-4 w-4" />
                  </Button>
                  <Button
                    variant="ghost"
                    size="md"
                    aria-label={`Remove ${line.code}`}
                    onClick={() => setLines((ls) => ls.filter((l) => l.id !== line.id))}
                  >
                    <Trash2 aria-hidden className="h-4 w-4" />
                  </Button>
                </div>
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
                {p && <Explanation result={p} onAdd={(code, label) => addLine(code, label)} />}
              </li>
            );
          })}
        </ul>
      )}
      <datalist id="modifier-list">
        {MODIFIERS.map((m) => (
          <option key={m.code} value={m.code}>
            {m.explanation}
          </option>
        ))}
      </datalist>

      <fieldset className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-sm font-medium text-slate-700">Encounter</legend>
        <label className="text-sm font-medium text-slate-700">
          Date of service
          <Input
            type="date"
            value={date}
            max={localToday()}
            onChange={(e) => setDate(e.target.value)}
            className="mt-1"
            required
          />
        </label>
        <label className="text-sm font-medium text-slate-700">
          Setting
          <Select
            value={setting}
            onChange={(e) => setSetting(e.target.value as typeof setting)}
            className="mt-1"
          >
            <option value="FACILITY">Facility (hospital, ASC)</option>
            <option value="NON_FACILITY">Non-facility (office)</option>
          </Select>
        </label>
        <div className="text-sm font-medium text-slate-700">
          <label htmlFor="site">Site</label>
          <div className="mt-1 flex gap-2">
            <Select id="site" value={siteId} onChange={(e) => setSiteId(e.target.value)}>
              <SiteOptions sites={sites} />
            </Select>
            <Button variant="secondary" onClick={addSite} aria-label="Add a site">
              <Plus aria-hidden className="h-4 w-4" />
            </Button>
          </div>
        </div>
        <label className="text-sm font-medium text-slate-700">
          Your role
          <Select value={role} onChange={(e) => setRole(e.target.value)} className="mt-1">
            <RoleOptions />
          </Select>
        </label>
        <label className="text-sm font-medium text-slate-700 sm:col-span-2">
          Note (optional)
          <Textarea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={2}
            maxLength={500}
            className="mt-1"
            aria-describedby="phi-warning"
          />
          <span
            id="phi-warning"
            className="mt-1 flex items-center gap-1.5 text-xs font-normal text-amber-700"
          >
            <AlertTriangle aria-hidden className="h-3.5 w-3.5" /> Never enter patient names, MRNs, dates of
            birth or other identifiers.
          </span>
        </label>
      </fieldset>

      {errors._form && (
        <p
          className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700"
          aria-live="assertive"
          data-testid="log-error"
        >
          {errors._form.join(' ')}
        </p>
      )}
      <div className="sticky bottom-16 z-10 flex items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white/95 p-3 shadow-lg backdrop-blur lg:bottom-4">
        <p className="text-sm text-slate-600">
          <span className="tabular text-lg font-semibold text-slate-900" data-testid="draft-total">
            {total.toFixed(2)}
          </span>{' '}
          wRVU · {lines.length} procedure{lines.length === 1 ? '' : 's'}
        </p>
        <Button type="submit" size="lg" disabled={!lines.length || saving}>
          {saving ? 'Saving…' : 'Save'}
        </Button>
      </div>
    </form>
  );
}

function Explanation({
  result,
  onAdd,
}: {
  result: PreviewResult;
  onAdd: (code: string, label: string) => void;
}) {
  return (
    <div
      className="mt-3 rounded-lg bg-slate-50 px-3 py-2 text-xs text-slate-600"
      data-testid="line-explanation"
    >
      <p className="flex items-center gap-1 font-medium text-slate-700">
        <Info aria-hidden className="h-3.5 w-3.5" /> Why this number
      </p>
      <ul className="mt-1 space-y-0.5">
        {explainResult(result).map((line, i) => (
          <li
            key={i}
            className={
              line.startsWith('Note:')
                ? 'text-amber-700'
                : line.startsWith('Not credited')
                  ? 'font-medium text-slate-800'
                  : undefined
            }
          >
            {line}
          </li>
        ))}
      </ul>
      {result.suggestion && (
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          onClick={() => onAdd(result.suggestion!.code, result.suggestion!.label)}
        >
          Add administration code {result.suggestion.code} ({result.suggestion.label})
        </Button>
      )}
    </div>
  );
}
