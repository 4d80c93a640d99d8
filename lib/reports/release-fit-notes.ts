// The report's lines about entries priced with another year's fee schedule (PDF cover).
import { formatWrvu } from '@/lib/dashboard/format';
import type { ReleaseFitSummary } from '@/lib/dashboard/release-fit';
import { RELEASE_FIT_LABEL } from '@/lib/rvu/release-fit';

const entries = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'entry' : 'entries'}`;

export function releaseFitNotes({ older, newer }: Pick<ReleaseFitSummary, 'older' | 'newer'>): string[] {
  const notes: string[] = [];
  if (older)
    notes.push(
      `${RELEASE_FIT_LABEL.older}: ${entries(older.entries)} (${formatWrvu(older.wrvu)} wRVU) dated ${older.years.join(', ')} were priced with ${older.releaseIds.join(', ')}; import ${older.toImport} for their own year's values.`,
    );
  if (newer)
    notes.push(
      `${RELEASE_FIT_LABEL.newer}: ${entries(newer.entries)} (${formatWrvu(newer.wrvu)} wRVU) dated ${newer.years.join(', ')} were priced with ${newer.releaseIds.join(', ')}, the earliest imported release.`,
    );
  return notes;
}
