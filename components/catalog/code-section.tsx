/** One titled block of a code page: an h2 the section is labelled by, on a white card. */
export function CodeSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <div className="mt-3 space-y-3 text-sm leading-6 text-slate-700">{children}</div>
    </section>
  );
}

/** A term / description pair inside a <dl>, laid out in two columns from the small breakpoint up. */
export function Fact({ term, children }: { term: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
      <dt className="font-medium text-slate-900">{term}</dt>
      <dd className="text-slate-700">{children}</dd>
    </div>
  );
}
