/** Footer of the public pages: the CPT trademark notice and the source of every RVU shown. */
export function PublicFooter({ releaseId }: { releaseId: string | null }) {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6 text-xs text-slate-500 sm:px-6">
        <p>
          CPT® is a registered trademark of the American Medical Association.{' '}
          {releaseId
            ? `RVUs from CMS PFS release ${releaseId}.`
            : 'No CMS PFS release has been imported yet.'}
        </p>
        <p>
          Descriptions in plain language, clinical context and synonyms are original Benchline content. ASP
          prices from the CMS Part B drug pricing files.
        </p>
      </div>
    </footer>
  );
}
