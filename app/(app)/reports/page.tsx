import type { Metadata } from 'next';
import { PageHeader } from '@/components/shell/page-header';
import { EmptyState } from '@/components/ui/card';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Reports' };

export default async function ReportsPage() {
  await requireUser('/reports');
  return (
    <>
      <PageHeader title="Reports" />
      <EmptyState title="Not available yet">CSV, XLSX and PDF exports will be available here.</EmptyState>
    </>
  );
}
