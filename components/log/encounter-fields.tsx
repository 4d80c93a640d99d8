// What the encounter's procedures share: date of service, setting, site (with adding a new one),
// the physician's role and an optional note, with the warning never to enter patient identifiers.
import { AlertTriangle, Plus } from 'lucide-react';
import { RoleOptions, SiteOptions } from '@/components/entries/entry-options';
import { Button } from '@/components/ui/button';
import { Input, Select, Textarea } from '@/components/ui/field';
import type { Encounter, Setting } from './draft';

export function EncounterFields({
  encounter,
  date,
  today,
  dateError,
  keepDate,
  onKeepDate,
  sites,
  onChange,
  onAddSite,
}: {
  encounter: Encounter;
  /** The date in effect: the chosen one, or today in the browser's time zone (null before it runs). */
  date: string | null;
  today: string | null;
  dateError: string | null;
  keepDate: boolean;
  onKeepDate: (keep: boolean) => void;
  sites: { id: string; name: string }[];
  onChange: (patch: Partial<Encounter>) => void;
  onAddSite: () => void;
}) {
  return (
    <fieldset className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <legend className="px-1 text-sm font-medium text-slate-700">Encounter</legend>
      <div className="text-sm font-medium text-slate-700">
        <label htmlFor="date-of-service">Date of service</label>
        <Input
          id="date-of-service"
          type="date"
          value={date ?? ''}
          max={today ?? undefined}
          onChange={(e) => onChange({ date: e.target.value === today ? '' : e.target.value })}
          className="mt-1"
          aria-invalid={Boolean(dateError)}
          aria-describedby="date-of-service-error"
          required
        />
        <p id="date-of-service-error" aria-live="polite" className="text-sm font-normal text-red-600">
          {dateError}
        </p>
        {date && today && date < today && (
          <label className="mt-1 flex min-h-8 items-center gap-2 text-sm font-normal text-slate-600">
            <input type="checkbox" checked={keepDate} onChange={(e) => onKeepDate(e.target.checked)} />
            Keep this date for the next encounter
          </label>
        )}
      </div>
      <label className="text-sm font-medium text-slate-700">
        Setting
        <Select
          value={encounter.setting}
          onChange={(e) => onChange({ setting: e.target.value as Setting })}
          className="mt-1"
        >
          <option value="FACILITY">Facility (hospital, ASC)</option>
          <option value="NON_FACILITY">Non-facility (office)</option>
        </Select>
      </label>
      <div className="text-sm font-medium text-slate-700">
        <label htmlFor="site">Site</label>
        <div className="mt-1 flex gap-2">
          <Select id="site" value={encounter.siteId} onChange={(e) => onChange({ siteId: e.target.value })}>
            <SiteOptions sites={sites} />
          </Select>
          <Button variant="secondary" onClick={onAddSite} aria-label="Add a site">
            <Plus aria-hidden className="h-4 w-4" />
          </Button>
        </div>
      </div>
      <label className="text-sm font-medium text-slate-700">
        Your role
        <Select value={encounter.role} onChange={(e) => onChange({ role: e.target.value })} className="mt-1">
          <RoleOptions />
        </Select>
      </label>
      <label className="text-sm font-medium text-slate-700 sm:col-span-2">
        Note (optional)
        <Textarea
          value={encounter.note}
          onChange={(e) => onChange({ note: e.target.value })}
          rows={2}
          maxLength={500}
          className="mt-1"
          aria-describedby="phi-warning"
        />
        <span id="phi-warning" className="mt-1 flex items-center gap-1.5 text-xs font-normal text-amber-700">
          <AlertTriangle aria-hidden className="h-3.5 w-3.5" /> Never enter patient names, MRNs, dates of
          birth or other identifiers.
        </span>
      </label>
    </fieldset>
  );
}
