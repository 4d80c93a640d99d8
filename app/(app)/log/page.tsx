import type { Metadata } from 'next';
import { PageHeader } from '@/components/shell/page-header';
import { EmptyState } from '@/components/ui/card';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Log procedures' };

export default async function LogproceduresPage() {
  await requireUser('/log');
  return (
    <>
      <PageHeader title="Log procedures" />
      <EmptyState title="Not available yet">Quick logging arrives with the procedure logging feature.</EmptyState>
    </>
  );
}
