import Link from 'next/link';

/** Previous / next links with the position, for a paged browse (?page=N). */
export function Pagination({
  page,
  pageCount,
  href,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const link =
    'inline-flex h-9 items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-medium text-slate-700 hover:bg-slate-50';
  return (
    <nav aria-label="Pages" className="mt-4 grid grid-cols-[1fr_auto_1fr] items-center gap-3">
      <div>
        {page > 1 && (
          <Link href={href(page - 1)} rel="prev" className={link}>
            Previous
          </Link>
        )}
      </div>
      <p className="tabular text-sm text-slate-600">
        Page {page} of {pageCount}
      </p>
      <div className="text-right">
        {page < pageCount && (
          <Link href={href(page + 1)} rel="next" className={link}>
            Next
          </Link>
        )}
      </div>
    </nav>
  );
}
