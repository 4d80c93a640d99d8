// The quick log's state and actions: the draft lines and encounter, the debounced re-pricing that
// shows the credited wRVU before saving, the save (with Undo), adding a site and a favorite.
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import {
  addFavoriteAction,
  createEntriesAction,
  createSiteAction,
  deleteEntryAction,
  previewLinesAction,
} from '@/lib/logs/actions';
import type { PreviewResult } from '@/lib/logs/preview';
import { parseModifiers } from '@/lib/rvu/modifiers';
import { newEncounter, newLine, type Encounter, type Line } from './draft';

type Site = { id: string; name: string };

export function useQuickLog(initial: {
  sites: Site[];
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
  const [saving, startSaving] = useTransition();
  const lastModInput = useRef<HTMLInputElement | null>(null);
  const date = encounter.date;

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
          siteId: encounter.siteId || null,
          setting: encounter.setting,
          role: encounter.role || null,
          note: encounter.note || undefined,
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
      updateEncounter({ note: '' });
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
      updateEncounter({ siteId: result.data.id });
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

  return {
    lines,
    parsed,
    preview,
    errors,
    saving,
    total,
    encounter,
    sites,
    lastModInput,
    addLine,
    updateLine,
    removeLine,
    updateEncounter,
    save,
    addSite,
    favorite,
  };
}
