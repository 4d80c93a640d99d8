import { formatWrvu } from '@/lib/dashboard/format';
import { getReleaseFitSummary } from '@/lib/dashboard/release-fit';
import type { DashboardOptions } from '@/lib/dashboard/queries';
import { RELEASE_FIT_LABEL } from '@/lib/rvu/release-fit';

const countLabel = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "Priced with an older fee schedule": how many entries and wRVUs, what to import, where from. */
export async function ReleaseFitBanner({ options }: { options: DashboardOptions }) {
  const { older, newer, downloadUrl } = await getReleaseFitSummary(options);
  if (!older && !newer) return null;
  const editable = !options.viewUserId;
  return (
    <section
      className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
      aria-label="Fee schedule out of date"
      data-testid="release-fit-banner"
    >
      {older && (
        <p data-testid="release-fit-banner-older">
          <strong>{RELEASE_FIT_LABEL.older}:</strong> {countLabel(older.entries, 'entry', 'entries')} (
          {formatWrvu(older.wrvu)} wRVU) dated {older.years.join(', ')} {older.entries === 1 ? 'was' : 'were'}{' '}
          priced with {older.releaseIds.join(', ')}, a release from an earlier year. Import {older.toImport}{' '}
          (the CMS PFS Relative Value Files) to credit them with their own year&apos;s values; they are
          re-priced on import.
        </p>
      )}
      {newer && (
        <p data-testid="release-fit-banner-newer">
          <strong>{RELEASE_FIT_LABEL.newer}:</strong> {countLabel(newer.entries, 'entry', 'entries')} (
          {formatWrvu(newer.wrvu)} wRVU) dated {newer.years.join(', ')}, before the earliest imported release,{' '}
          {newer.entries === 1 ? 'was' : 'were'} priced with {newer.releaseIds.join(', ')}. Import{' '}
          {newer.toImport} for exact values.
        </p>
      )}
      <p>
        Download them from{' '}
        <a href={downloadUrl} className="font-medium underline" rel="noreferrer" target="_blank">
          CMS: PFS Relative Value Files
        </a>
        {editable ? (
          <>
            {' '}
            and import them on{' '}
            <a href="/admin/catalog" className="font-medium underline">
              the catalog page
            </a>{' '}
            (site admins) or with <code>npm run catalog:import</code>.
          </>
        ) : (
          '.'
        )}
      </p>
    </section>
  );
}
