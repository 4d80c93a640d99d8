'use client';
// The phone's "More" tab: a bottom sheet (a native modal <dialog>: focus moves into it, Escape and
// a tap outside close it, focus returns to the tab) listing every signed-in area the four tabs do
// not show, so nothing is reachable on a desktop only.
import { useRef } from 'react';
import Link from 'next/link';
import { Menu, X } from 'lucide-react';
import { cn } from '@/lib/cn';
import { SignOutButton } from './sign-out-button';
import type { NavLink } from './nav-links';

export function MoreSheet({
  links,
  user,
  active,
  pathname,
}: {
  links: NavLink[];
  user: { name: string; email: string };
  active: boolean;
  pathname: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const close = () => ref.current?.close();
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => ref.current?.showModal()}
        className={cn(
          'flex h-14 w-full flex-col items-center justify-center gap-0.5 text-[11px] font-medium',
          active ? 'text-brand-700' : 'text-slate-500',
        )}
      >
        <Menu aria-hidden className="h-5 w-5" />
        More
      </button>
      <dialog
        ref={ref}
        aria-labelledby="more-sheet-title"
        onClick={(e) => e.target === ref.current && close()}
        className="fixed inset-x-0 top-auto bottom-0 m-0 w-full max-w-none rounded-t-2xl bg-white p-0 pb-[env(safe-area-inset-bottom)] shadow-2xl backdrop:bg-slate-900/40"
      >
        <div className="flex items-center justify-between border-b border-slate-100 px-4 py-3">
          <div className="min-w-0">
            <h2 id="more-sheet-title" className="text-base font-semibold text-slate-900">
              More
            </h2>
            <p className="truncate text-xs text-slate-500">
              {user.name} · {user.email}
            </p>
          </div>
          <button
            type="button"
            onClick={close}
            aria-label="Close"
            className="flex h-11 w-11 items-center justify-center rounded-full text-slate-500 hover:bg-slate-100"
          >
            <X aria-hidden className="h-5 w-5" />
          </button>
        </div>
        <ul className="grid grid-cols-2 gap-2 p-4">
          {links.map(({ href, label, icon: Icon }) => {
            const current = pathname === href || pathname.startsWith(`${href}/`);
            return (
              <li key={href}>
                <Link
                  href={href}
                  onClick={close}
                  aria-current={current ? 'page' : undefined}
                  className={cn(
                    'flex min-h-12 items-center gap-3 rounded-xl border px-3 py-2 text-sm font-medium',
                    current
                      ? 'border-brand-200 bg-brand-50 text-brand-800'
                      : 'border-slate-200 text-slate-700 hover:bg-slate-50',
                  )}
                >
                  <Icon aria-hidden className="h-5 w-5 shrink-0" />
                  {label}
                </Link>
              </li>
            );
          })}
        </ul>
        <div className="border-t border-slate-100 px-4 py-3">
          <SignOutButton className="min-h-11 w-full" />
        </div>
      </dialog>
    </>
  );
}
