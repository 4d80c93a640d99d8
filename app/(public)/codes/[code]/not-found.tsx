import Link from 'next/link';
import { CodeSearchBox } from '@/components/catalog/code-search-box';

export default function CodeNotFound() {
  return (
    <div className="mx-auto max-w-2xl space-y-5 py-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Code not found</h1>
        <p className="mt-2 text-sm text-slate-600">
          The catalog has no page for that code. CPT and HCPCS codes have five characters, such as 99213 or
          J2820. Search by code, by words or by an abbreviation instead:
        </p>
      </div>
      <CodeSearchBox autoFocus />
      <p className="text-sm">
        <Link href="/codes" className="font-medium text-brand-700 hover:underline">
          Browse all categories
        </Link>
      </p>
    </div>
  );
}
