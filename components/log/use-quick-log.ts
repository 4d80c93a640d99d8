// The quick log's state and actions: the draft lines and encounter, the debounced re-pricing that
// shows the credited wRVU before saving, the save (with Undo), adding a site and a favorite.
import { useCallback, useEffect, useMemo, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { formatDate, formatWrvu } from '@/lib/format';
import {
  addFavoriteAction,
  createEntriesAction,
  createSiteAction,
  previewLinesAction,
  removeFavoriteAction,
} from '@/lib/logs/actions';
import type { PreviewResult } from '@/lib/logs/preview';
import { parseModifiers } from '@/lib/rvu/modifiers';
import { newEncounter, newLine, type Encounter, type Line, type Shortcut } from './draft';
import { LOG_TOAST, undoToast, useDayLog } from './use-day-log';
import { useLocalToday } from './use-local-today';

type Site = { id: string; name: string };

const sameModifiers = (a: string[], b: string[]) => a.length === b.length && a.every((m, i) => m === b[i]);

export function useQuickLog(initial: {
  sites: Site[];
  favorites: Shortcut[];
  initialCode?: { code: string; description: string } | null;
}) {
  const router = useRouter();
  const [lines, setLines] = useState<Line[]>(() =>
    initial.initialCode ? [newLine(initial.initialCode.code, initial.initialCode.description)] : [],
  );
  const [encounterKey, setEncounterKey] = useState(() => crypto.randomUUID());
  const [encounter, setEncounter] = useState<Encounter>(newEncounter);
  const [sites, setSites] = useState(initial.sites);
  const [preview, setPreview] = useState<Record<string, PreviewResult>>({});
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [keepDate, setKeepDate] = useState(false);
  const [saving, startSaving] = useTransition();
  // The date field is empty for "today"; today is the browser's, known once the page runs there.
  const today = useLocalToday();
  const date = encounter.date || today;
  const dateError =
    date && today && date > today
      ? `The date of service cannot be in the future (today is ${formatDate(today)}).`
      : null;
  const dayLog = useDayLog(dateError ? null : date);

  const parsed = useMemo(
    () => lines.map((l) => ({ line: l, mods: parseModifiers(l.modifiersText) })),
    [lines],
  );

  // Re-price the draft whenever it changes (debounced): the user sees the number before saving.
  useEffect(() => {
    const valid = parsed.filter((p) => p.mods.errors.length === 0);
    if (!valid.length || !date || dateError) return;
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
      if (result.ok) {
        setPreview(Object.fromEntries(result.data.map((r) => [r.lineId, r])));
        setPreviewError(null);
      } else setPreviewError([...Object.values(result.fieldErrors ?? {}).flat()][0] ?? result.error);
    }, 200);
    return () => clearTimeout(t);
  }, [parsed, date, dateError]);

  // Focus stays where it was (the search box or the chip): moving it into Modifiers would open the
  // phone's keyboard over the line's wRVU. Keyboard flow: type a code, Enter picks, Enter again saves.
  const addLine = useCallback((code: string, description: string, modifiers: string[] = []) => {
    setLines((ls) => [...ls, newLine(code, description, modifiers)]);
  }, []);

  const updateLine = (id: string, patch: Partial<Pick<Line, 'modifiersText' | 'units'>>) =>
    setLines((ls) => ls.map((l) => (l.id === id ? { ...l, ...patch } : l)));
  const removeLine = (id: string) => setLines((ls) => ls.filter((l) => l.id !== id));
  const updateEncounter = (patch: Partial<Encounter>) => setEncounter((e) => ({ ...e, ...patch }));

  const total = lines.reduce((sum, l) => sum + (preview[l.id]?.creditedWrvu ?? 0), 0);

  function save() {
    const bad = parsed.find((p) => p.mods.errors.length);
    if (bad) {
      setErrors({ [bad.line.id]: bad.mods.errors });
      return;
    }
    if (!lines.length || !date) return;
    if (dateError) {
      setErrors({ _form: [dateError] });
      return;
    }
    startSaving(async () => {
      const result = await createEntriesAction({
        entries: parsed.map(({ line, mods }) => ({
          id: line.id,
          code: line.code,
          modifiers: mods.modifiers,
          units: Number(line.units) || 1,
          dateOfService: date,
          encounterKey,
          siteId: encounter.siteId || null,
          setting: encounter.setting,
          role: encounter.role || null,
          note: encounter.note || undefined,
        })),
      });
      if (!result.ok) {
        setErrors({ _form: [result.error, ...Object.values(result.fieldErrors ?? {}).flat()] });
        toast.error(result.error, { id: LOG_TOAST });
        return;
      }
      const ids = lines.map((l) => l.id);
      const count = ids.length;
      undoToast(`Logged ${count} procedure${count > 1 ? 's' : ''} · ${formatWrvu(total)} wRVU`, ids, () => {
        dayLog.reload();
        router.refresh();
      });
      setLines([]);
      setPreview({});
      setErrors({});
      // "Keep date" keeps a past date for the next encounter; otherwise the next one is today's.
      updateEncounter(keepDate ? { note: '' } : { note: '', date: '' });
      setEncounterKey(crypto.randomUUID());
      dayLog.reload();
      router.refresh();
    });
  }

  async function addSite() {
    const name = window.prompt('Name of the new site (hospital, clinic, ASC)');
    if (!name) return;
    const result = await createSiteAction({ name });
    if (result.ok) {
      setSites((s) => [...s, result.data].sort((a, b) => a.name.localeCompare(b.name)));
      updateEncounter({ siteId: result.data.id });
    } else toast.error(result.error);
  }

  /** The favorite a line already is (same code and modifiers), if any: the star shows it filled. */
  function favoriteOf(line: Line) {
    const mods = parseModifiers(line.modifiersText).modifiers;
    return initial.favorites.find((f) => f.code === line.code && sameModifiers(f.modifiers, mods));
  }

  async function toggleFavorite(line: Line) {
    const mods = parseModifiers(line.modifiersText);
    const existing = favoriteOf(line);
    const name = `${line.code}${mods.modifiers.length ? `-${mods.modifiers.join('-')}` : ''}`;
    const result = existing?.id
      ? await removeFavoriteAction({ id: existing.id })
      : await addFavoriteAction({ code: line.code, modifiers: mods.modifiers });
    if (result.ok) {
      toast.success(existing ? `${name} removed from favorites` : `${name} added to favorites`, {
        id: 'favorite',
      });
      router.refresh();
    } else toast.error(result.error);
  }

  return {
    lines,
    parsed,
    preview,
    errors,
    saving,
    total,
    encounter,
    sites,
    today,
    date,
    dateError,
    previewError,
    keepDate,
    setKeepDate,
    dayLog,
    addLine,
    updateLine,
    removeLine,
    updateEncounter,
    save,
    addSite,
    favoriteOf,
    toggleFavorite,
  };
}
