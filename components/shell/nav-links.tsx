'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { BarChart3, ClipboardList, FileDown, Gauge, PlusCircle, Scale, Settings, Users } from 'lucide-react';
import { cn } from '@/lib/cn';

export const NAV = [
  { href: '/dashboard', label: 'Dashboard', icon: Gauge },
  { href: '/log', label: 'Log', icon: PlusCircle },
  { href: '/entries', label: 'Entries', icon: ClipboardList },
  { href: '/benchmarks', label: 'Benchmarks', icon: BarChart3 },
  { href: '/reports', label: 'Reports', icon: FileDown },
  { href: '/settings', label: 'Settings', icon: Settings },
  { href: '/reconcile', label: 'Reconcile', icon: Scale },
] as const;

/** Shown to organisation admins only (the layout decides; /group itself 404s for everyone else). */
export const GROUP_LINK = { href: '/group', label: 'Group', icon: Users } as const;

export function SideNav({ showGroup = false }: { showGroup?: boolean }) {
  const pathname = usePathname();
  const links = showGroup ? [...NAV.slice(0, 4), GROUP_LINK, ...NAV.slice(4)] : NAV;
  return (
    <nav aria-label="Main" className="space-y-1">
      {links.map(({ href, label, icon: Icon }) => {
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={active ? 'page' : undefined}
            className={cn(
              'flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium',
              active
                ? 'bg-brand-50 text-brand-800'
                : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900',
            )}
          >
            <Icon aria-hidden className="h-4 w-4" />
            {label}
          </Link>
        );
      })}
    </nav>
  );
}

/** Phone navigation: a bottom tab bar within thumb reach; Log sits in the middle. */
export function TabBar() {
  const pathname = usePathname();
  const tabs = [NAV[0], NAV[2], NAV[1], NAV[3], NAV[5]];
  return (
    <nav
      aria-label="Main"
      className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur lg:hidden"
    >
      <ul className="grid grid-cols-5">
        {tabs.map(({ href, label, icon: Icon }) => {
          const active = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? 'page' : undefined}
                className={cn(
                  'flex h-14 flex-col items-center justify-center gap-0.5 text-[11px] font-medium',
                  active ? 'text-brand-700' : 'text-slate-500',
                )}
              >
                <Icon aria-hidden className={cn('h-5 w-5', href === '/log' && 'h-6 w-6')} />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
