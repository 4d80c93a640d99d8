// The quick log's draft: the lines picked so far and the encounter they share. A line's id is
// generated when it is added, so a retried save can never create duplicates.
export type Shortcut = {
  id?: string;
  code: string;
  modifiers: string[];
  description: string;
  /** The favorite's own label, shown on its chip instead of the description. */
  label?: string | null;
  /** What the code earns on its own today (favorites' chips show it). */
  wrvu?: number | null;
};
export type Line = { id: string; code: string; description: string; modifiersText: string; units: string };
export type Setting = 'FACILITY' | 'NON_FACILITY';
/** `date` is '' for "today in the browser's time zone" (known only once the page runs in the browser). */
export type Encounter = { date: string; siteId: string; setting: Setting; role: string; note: string };

/** Today in the browser's time zone, as YYYY-MM-DD. */
export const localToday = () => {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

export const newLine = (code: string, description: string, modifiers: string[] = []): Line => ({
  id: crypto.randomUUID(),
  code,
  description,
  modifiersText: modifiers.join(' '),
  units: '1',
});

export const newEncounter = (): Encounter => ({
  date: '',
  siteId: '',
  setting: 'FACILITY',
  role: '',
  note: '',
});
