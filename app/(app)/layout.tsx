import Link from 'next/link';
import { SideNav, TabBar } from '@/components/shell/nav-links';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { Logo } from '@/components/ui/logo';
import { isSiteAdmin } from '@/lib/auth/roles';
import { listAdministeredOrganizations } from '@/lib/dashboard/group';
import { requireUser } from '@/lib/session';

// The signed-in area. This layout checks the session once for navigation; each page, action and
// route checks it again because layouts do not re-run on every navigation.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const showGroup = (await listAdministeredOrganizations(user)).length > 0;
  const showAdmin = isSiteAdmin(user);
  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[15rem_1fr]">
      <aside className="hidden border-r border-slate-200 bg-white lg:flex lg:min-h-dvh lg:flex-col lg:px-4 lg:py-5">
        <Link href="/dashboard" className="mb-6 px-3 text-lg">
          <Logo />
        </Link>
        <SideNav showGroup={showGroup} showAdmin={showAdmin} />
        <div className="mt-auto space-y-1 border-t border-slate-100 pt-4">
          <p className="truncate px-3 text-sm font-medium text-slate-900" data-testid="current-user">
            {user.name}
          </p>
          <p className="truncate px-3 pb-2 text-xs text-slate-500">{user.email}</p>
          <SignOutButton />
        </div>
      </aside>
      <div className="flex min-h-dvh flex-col pb-16 lg:pb-0">
        <header className="sticky top-0 z-20 flex h-14 items-center justify-between border-b border-slate-200 bg-white/90 px-4 backdrop-blur lg:hidden">
          <Link href="/dashboard" className="text-base">
            <Logo />
          </Link>
          <SignOutButton className="px-2" />
        </header>
        <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 lg:px-8">{children}</main>
      </div>
      <TabBar showGroup={showGroup} showAdmin={showAdmin} user={{ name: user.name, email: user.email }} />
    </div>
  );
}
