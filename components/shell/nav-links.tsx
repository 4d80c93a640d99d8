'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import {
  BarChart3,
  BookOpen,
  ClipboardList,
  DatabaseZap,
  FileDown,
  Gauge,
  PlusCircle,
  Scale,
  Settings,
  Users,
} from 'lucide-react';
import { cn } from '@/lib/cn';
import { MoreSheet } from './more-sheet';

export type NavLink = { href: string; label: string; icon: typeof Gauge };
export type NavAccess = { showGroup?: boolean; showAdmin?: boolean };

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
/** Shown to site admins only (/admin/catalog 404s for everyone else). */
export const ADMIN_LINK = { href: '/admin/catalog', label: 'Catalog admin', icon: DatabaseZap } as const;
/** The public code catalog, reachable from the signed-in area too. */
export const CODES_LINK = { href: '/codes', label: 'Code catalog', icon: BookOpen } as const;

/** Every signed-in area, in the order both navigations list them. */
export function allLinks({ showGroup = false, showAdmin = false }: NavAccess): NavLink[] {
  return [
    ...NAV.slice(0, 4),
    ...(showGroup ? [GROUP_LINK] : []),
    NAV[4],
    CODES_LINK,
    NAV[5],
    NAV[6],
    ...(showAdmin ? [ADMIN_LINK] : []),
  ];
}

export const isActive = (pathname: string, href: string) =>
  pathname === href || pathname.startsWith(`${href}/`);

export function SideNav(access: NavAccess) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="space-y-1">
      {allLinks(access).map(({ href, label, icon: Icon }) => {
        const active = isActive(pathname, href);
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

/** The four tabs a clinician uses between cases; everything else is one tap away under More. */
const TABS = [NAV[0], NAV[2], NAV[1], NAV[4]];

/** Phone navigation: a bottom tab bar within thumb reach; Log sits in the middle. */
export function TabBar(access: NavAccess & { user: { name: string; email: string } }) {
  const pathname = usePathname();
  const more = allLinks(access).filter((l) => !TABS.some((t) => t.href === l.href));
  return (
    <nav
      aria-label="Main"
      className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur lg:hidden"
    >
      <ul className="grid grid-cols-5">
        {TABS.map(({ href, label, icon: Icon }) => {
          const active = isActive(pathname, href);
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
        <li>
          <MoreSheet
            links={more}
            user={access.user}
            active={more.some((l) => isActive(pathname, l.href))}
            pathname={pathname}
          />
        </li>
      </ul>
    </nav>
  );
}
