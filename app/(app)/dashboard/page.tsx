import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/shell/page-header';
import { DashboardView } from '@/components/dashboard/dashboard-view';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/card';
import { getDashboardContext } from '@/lib/dashboard/queries';
import { parseDashboardParams } from '@/lib/dashboard/range';
import { listAdministeredOrganizations } from '@/lib/dashboard/group';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireUser('/dashboard');
  const { range, releaseId } = parseDashboardParams(await searchParams);
  const [ctx, orgs] = await Promise.all([
    getDashboardContext({ actor }),
    listAdministeredOrganizations(actor),
  ]);
  const actions = (
    <>
      {orgs.length > 0 && (
        <Link href="/group" className={buttonClass('secondary')}>
          Group view
        </Link>
      )}
      <Link href="/log" className={buttonClass()}>
        Log procedures
      </Link>
    </>
  );
  if (!ctx.hasEntries) {
    return (
      <>
        <PageHeader
          title="Dashboard"
          description={`Welcome, ${actor.name}.`}
          actions={orgs.length > 0 ? actions : undefined}
        />
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
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={`${actor.name}${ctx.subject.specialty ? ` · ${ctx.subject.specialty}` : ''}`}
        actions={actions}
      />
      <DashboardView actor={actor} range={range} releaseId={releaseId} basePath="/dashboard" />
    </>
  );
}
