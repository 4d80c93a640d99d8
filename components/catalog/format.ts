// Display formatting shared by the catalog components. RVUs use the engine's one rounding rule
// (2 decimals, half-up); ASP payment limits keep the 3 decimals CMS publishes.
import { formatRvu } from '@/lib/rvu/rounding';

/** "19.60"; "NA" when CMS sets no value for the setting; an en dash when the file leaves it blank. */
export function rvuText(value: number | null, naIndicator?: string | null): string {
  if (naIndicator === 'NA') return 'NA';
  return value === null ? '–' : formatRvu(value);
}

export function moneyText(value: number | null): string {
  return value === null ? 'N/A' : `$${value.toFixed(3)}`;
}

const DATE = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** "Oct 1, 2025" from a calendar date "2025-10-01". */
export function dateText(isoDate: string): string {
  return DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A CMS meaning starts lower-case ("active code, ..."): capitalise it when it opens a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
