import type { Metadata } from 'next';
import { PageHeader } from '@/components/shell/page-header';
import { EmptyState } from '@/components/ui/card';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Benchmarks' };

export default async function BenchmarksPage() {
  await requireUser('/benchmarks');
  return (
    <>
      <PageHeader title="Benchmarks" />
      <EmptyState title="Not available yet">Specialty percentile tables with their sources will be shown here.</EmptyState>
    </>
  );
}
