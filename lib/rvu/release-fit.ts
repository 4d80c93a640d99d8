// The words for a release that does not fit its date of service (see releaseFit in
// lib/catalog/release.ts, the one rule). The engine puts the note among a line's warnings; the
// entries list, dashboard, exports, preview and CLI show the short label from the stored fit.
import { releaseMetaFromId, type ReleaseFit } from '@/lib/catalog/release';

export type { ReleaseFit } from '@/lib/catalog/release';

export const RELEASE_FIT_LABEL: Record<Exclude<ReleaseFit, 'current'>, string> = {
  older: 'Priced with an older fee schedule',
  newer: 'Priced with a newer fee schedule',
};

/** The short mark for a fit ('' when the release fits the date). */
export function releaseFitLabel(fit: ReleaseFit | null | undefined): string {
  return fit === 'older' || fit === 'newer' ? RELEASE_FIT_LABEL[fit] : '';
}

/** "yes" when the line was priced with a release from an earlier calendar year (CSV columns). */
export const olderReleaseFlag = (fit: ReleaseFit | null | undefined) => (fit === 'older' ? 'yes' : 'no');

/** The sentence that says why, and what to import. */
export function releaseFitNote(fit: ReleaseFit, releaseId: string, dateOfService: string): string | null {
  const year = dateOfService.slice(0, 4);
  const releaseYear = releaseMetaFromId(releaseId)?.year;
  if (fit === 'older') {
    return (
      `${RELEASE_FIT_LABEL.older}: ${releaseId}${releaseYear ? ` (${releaseYear})` : ''} is the newest imported ` +
      `release for this ${year} date of service; import the CMS ${year} release to credit ${year} values`
    );
  }
  if (fit === 'newer') {
    return (
      `${RELEASE_FIT_LABEL.newer}: no imported release was in effect on ${dateOfService}, so the earliest ` +
      `one, ${releaseId}, priced it; import the release of that date for its own values`
    );
  }
  return null;
}
