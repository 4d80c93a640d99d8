'use client';
// The quick log: pick codes (favorites, recents or search), adjust modifiers and units, see the
// credited wRVU and why before saving, then save the encounter. Entry ids are generated when a
// line is added, so a retried save can never create duplicates. State and actions live in
// use-quick-log.ts; the parts are shortcut-chips, line-card, encounter-fields, save-bar and, under
// the form, the chosen day's encounters (day-log-list).
import { CodeSearch, type CodeHit } from './code-search';
import { DayLogList } from './day-log-list';
import type { Shortcut } from './draft';
import { EncounterFields } from './encounter-fields';
import { LineCard, ModifierDatalist } from './line-card';
import { SaveBar } from './save-bar';
import { ShortcutChips } from './shortcut-chips';
import { useQuickLog } from './use-quick-log';

export function QuickLog(props: {
  favorites: Shortcut[];
  recents: Shortcut[];
  sites: { id: string; name: string }[];
  initialCode?: { code: string; description: string } | null;
}) {
  const log = useQuickLog({ sites: props.sites, favorites: props.favorites, initialCode: props.initialCode });
  const { lines, addLine } = log;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        log.save();
      }}
      className="space-y-5"
      aria-label="Quick log"
    >
      <ShortcutChips
        favorites={props.favorites}
        recents={props.recents}
        onPick={(s) => addLine(s.code, s.description, s.modifiers)}
      />

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
          {log.parsed.map(({ line, mods }) => (
            <LineCard
              key={line.id}
              line={line}
              mods={mods}
              preview={log.preview[line.id]}
              previewError={log.dateError ?? log.previewError}
              favorite={Boolean(log.favoriteOf(line))}
              onChange={(patch) => log.updateLine(line.id, patch)}
              onFavorite={() => log.toggleFavorite(line)}
              onRemove={() => log.removeLine(line.id)}
              onAdd={(code, label) => addLine(code, label)}
            />
          ))}
        </ul>
      )}
      <ModifierDatalist />

      <EncounterFields
        encounter={log.encounter}
        date={log.date}
        today={log.today}
        dateError={log.dateError}
        keepDate={log.keepDate}
        onKeepDate={log.setKeepDate}
        sites={log.sites}
        onChange={log.updateEncounter}
        onAddSite={log.addSite}
      />

      <SaveBar
        formErrors={log.errors._form ?? (log.dateError && lines.length ? [log.dateError] : undefined)}
        total={log.total}
        count={lines.length}
        saving={log.saving}
      />

      <DayLogList day={log.dayLog.day} today={log.today} onLogAgain={log.dayLog.logAgain} />
    </form>
  );
}
