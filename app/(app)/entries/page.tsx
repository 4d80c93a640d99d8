import type { Metadata } from 'next';
import { PageHeader } from '@/components/shell/page-header';
import { EmptyState } from '@/components/ui/card';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Entries' };

export default async function EntriesPage() {
  await requireUser('/entries');
  return (
    <>
      <PageHeader title="Entries" />
      <EmptyState title="Not available yet">Your logged procedures will be listed here.</EmptyState>
    </>
  );
}
