// The page for a well-formed code that no imported release or HCPCS file has: says exactly that
// (which releases were searched, how to import newer ones), never that the code is malformed.
import Link from 'next/link';
import { CodeSearchBox } from '@/components/catalog/code-search-box';

export function CodeNotInCatalog({ code, message }: { code: string; message: string }) {
  return (
    <div className="mx-auto max-w-2xl space-y-5 py-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{code} is not in the catalog</h1>
        <p className="mt-2 text-sm text-slate-600" data-testid="code-not-in-catalog">
          {message}
        </p>
      </div>
      <CodeSearchBox />
      <p className="text-sm">
        <Link href="/codes" className="font-medium text-brand-700 hover:underline">
          Browse all categories
        </Link>
      </p>
    </div>
  );
}
