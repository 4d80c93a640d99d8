import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/shell/page-header';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/card';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const user = await requireUser('/dashboard');
  return (
    <>
      <PageHeader title="Dashboard" description={`Welcome, ${user.name}.`} />
      <EmptyState
        title="Nothing logged yet"
        action={
          <Link href="/log" className={buttonClass()}>
            Log a procedure
          </Link>
        }
      >
        Your year-to-date wRVUs, pace and percentile appear here once you log procedures.
      </EmptyState>
    </>
  );
}
