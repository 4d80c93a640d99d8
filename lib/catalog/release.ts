// Release identity and the one rule for which PFS release applies to a date of service. CMS issues
// four releases a year: A (January, effective Jan 1), B (April 1), C (July 1), D (October 1), named
// RVU{yy}{letter}. Everything that needs "the release in effect" calls releaseInEffect.
import type { Quarter, ReleaseMeta } from './types';

const START_MONTH: Record<Quarter, number> = { A: 1, B: 4, C: 7, D: 10 };
const MONTH_QUARTER: Record<string, Quarter> = { JAN: 'A', APR: 'B', JUL: 'C', OCT: 'D' };
const QUARTERS: Quarter[] = ['A', 'B', 'C', 'D'];

/** First day of a release quarter, YYYY-MM-DD. */
export function quarterStart(year: number, quarter: Quarter): string {
  return `${year}-${String(START_MONTH[quarter]).padStart(2, '0')}-01`;
}

/** Last day of a release quarter, YYYY-MM-DD. */
export function quarterEnd(year: number, quarter: Quarter): string {
  const endMonth = START_MONTH[quarter] + 2;
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  return `${year}-${String(endMonth).padStart(2, '0')}-${lastDay}`;
}

/** The quarter letter a calendar month (1-12) falls in. */
export function quarterOfMonth(month: number): Quarter {
  return QUARTERS[Math.floor((month - 1) / 3)];
}

export function releaseId(year: number, quarter: Quarter): string {
  return `RVU${String(year % 100).padStart(2, '0')}${quarter}`;
}

function meta(
  year: number,
  quarter: Quarter,
  title: string | null,
  id = releaseId(year, quarter),
): ReleaseMeta {
  return { id, year, quarter, effectiveFrom: quarterStart(year, quarter), releasedOn: null, title };
}

/** "RVU25D" (or a correction such as "RVU25AR") to its year and quarter; null if not that shape. */
export function releaseMetaFromId(id: string): ReleaseMeta | null {
  const m = /^RVU(\d{2})([A-D])/i.exec(id.trim());
  return m ? meta(2000 + Number(m[1]), m[2].toUpperCase() as Quarter, null, id.trim().toUpperCase()) : null;
}

/** "2025 National Physician Fee Schedule Relative Value File October Release" -> RVU25D. */
export function releaseMetaFromTitle(title: string): ReleaseMeta | null {
  const m = /\b((?:19|20)\d{2})\b.*?\b(JAN|APR|JUL|OCT)[A-Z]*\b/i.exec(title);
  if (!m) return null;
  return meta(Number(m[1]), MONTH_QUARTER[m[2].toUpperCase()], title.trim());
}

/** From names such as PPRRVU2025_Oct.txt, PPRRVU25_JAN.csv or RVU25D.zip. */
export function releaseMetaFromFileName(fileName: string): ReleaseMeta | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const byId = /RVU(\d{2})([A-D])(?![A-Z])/i.exec(base);
  if (byId) return meta(2000 + Number(byId[1]), byId[2].toUpperCase() as Quarter, null);
  const byMonth = /RVU(\d{4}|\d{2})[ _-]?(JAN|APR|JUL|OCT)/i.exec(base);
  if (!byMonth) return null;
  const year = byMonth[1].length === 2 ? 2000 + Number(byMonth[1]) : Number(byMonth[1]);
  return meta(year, MONTH_QUARTER[byMonth[2].toUpperCase()], null);
}

/** "RELEASED 09/11/2025" anywhere in a preamble line -> 2025-09-11. */
export function releasedOnFromText(text: string): string | null {
  const m = /\bRELEASED:?\s+(\d{1,2})\/(\d{1,2})\/(\d{4})\b/i.exec(text);
  return m ? `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}` : null;
}

/**
 * The release a file belongs to: an explicit id (the --release option) wins, then the file's own
 * title line, then its file name (or the bundle it came in). The id's year/quarter come from the id when it has the RVUyyQ
 * shape, otherwise from the title or name.
 */
export function resolveReleaseMeta(input: {
  releaseId?: string;
  title?: string | null;
  fileNames: string[];
  releasedOn?: string | null;
}): ReleaseMeta | null {
  const fromTitle = input.title ? releaseMetaFromTitle(input.title) : null;
  const inferred = fromTitle ?? input.fileNames.map(releaseMetaFromFileName).find((m) => m !== null) ?? null;
  let result: ReleaseMeta | null = inferred;
  if (input.releaseId) {
    const id = input.releaseId.trim();
    const fromId = releaseMetaFromId(id);
    result = fromId ?? (inferred ? { ...inferred, id } : null);
  }
  if (!result) return null;
  return { ...result, title: input.title?.trim() || result.title, releasedOn: input.releasedOn ?? null };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toIso(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/**
 * The release in effect on a date of service: the release of that date's year and quarter, or, when
 * that one is not imported, the latest earlier release. Both reduce to "the latest release whose
 * effective date is on or before the date of service"; equal dates (a correction such as RVU25AR
 * beside RVU25A) go to the later id. Null when every imported release is later than the date.
 */
export function releaseInEffect<R extends { id: string; effectiveFrom: string | Date }>(
  dateOfService: string,
  releases: readonly R[],
): R | null {
  if (!ISO_DATE.test(dateOfService))
    throw new RangeError(`dateOfService must be YYYY-MM-DD, got "${dateOfService}"`);
  let best: { release: R; from: string } | null = null;
  for (const release of releases) {
    const from = toIso(release.effectiveFrom);
    if (from > dateOfService) continue;
    if (!best || from > best.from || (from === best.from && release.id > best.release.id))
      best = { release, from };
  }
  return best?.release ?? null;
}

/**
 * How well the release that priced a line fits its date of service: `current` (in effect that
 * year), `older` (the date falls in a later calendar year than the release: CMS has most likely
 * published newer values), `newer` (the date is before the earliest imported release, which priced
 * it anyway). The one definition every surface reads (stored on each entry as releaseFit).
 */
export type ReleaseFit = 'current' | 'older' | 'newer';

export function releaseFit(dateOfService: string, release: { effectiveFrom: string | Date }): ReleaseFit {
  const from = toIso(release.effectiveFrom);
  if (from > dateOfService) return 'newer';
  return Number(from.slice(0, 4)) < Number(dateOfService.slice(0, 4)) ? 'older' : 'current';
}

/**
 * The release that prices a date of service and how it fits: the release in effect, or, for a date
 * before every imported release, the earliest one (marked `newer`, never a silent 0). Null only
 * when no release is imported at all.
 */
export function releaseForDate<R extends { id: string; effectiveFrom: string | Date }>(
  dateOfService: string,
  releases: readonly R[],
): { release: R; fit: ReleaseFit } | null {
  let release = releaseInEffect(dateOfService, releases);
  if (!release) {
    for (const r of releases) {
      if (!release || toIso(r.effectiveFrom) < toIso(release.effectiveFrom)) release = r;
    }
  }
  return release ? { release, fit: releaseFit(dateOfService, release) } : null;
}
