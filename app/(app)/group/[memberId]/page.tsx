import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DashboardView } from '@/components/dashboard/dashboard-view';
import { PageHeader } from '@/components/shell/page-header';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/card';
import { canViewMember } from '@/lib/dashboard/access';
import { getDashboardContext } from '@/lib/dashboard/queries';
import { parseDashboardParams } from '@/lib/dashboard/range';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Member dashboard' };

export default async function MemberDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ memberId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { memberId } = await params;
  const actor = await requireUser(`/group/${encodeURIComponent(memberId)}`);
  // The data layer checks again on every read; this only turns "not yours" into a 404 page.
  if (!(await canViewMember(actor, memberId))) notFound();
  const { range, releaseId } = parseDashboardParams(await searchParams);
  const ctx = await getDashboardContext({ actor, viewUserId: memberId });
  return (
    <>
      <PageHeader
        title={ctx.subject.name}
        description={`${ctx.subject.specialty ?? 'No specialty set'} · ${ctx.subject.clinicalFte} FTE · read-only`}
        actions={
          <Link href="/group" className={buttonClass('secondary')}>
            Back to group
          </Link>
        }
      />
      {ctx.hasEntries ? (
        <DashboardView
          actor={actor}
          viewUserId={memberId}
          range={range}
          releaseId={releaseId}
          basePath={`/group/${memberId}`}
        />
      ) : (
        <EmptyState title="Nothing logged yet">This member has not logged any procedures.</EmptyState>
      )}
    </>
  );
}
