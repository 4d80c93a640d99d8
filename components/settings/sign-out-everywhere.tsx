'use client';
// "Sign out everywhere": ends every session of the account (other browsers, a copied cookie, this
// one), then signs this browser out.
import { useState } from 'react';
import { signOut } from 'next-auth/react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { signOutEverywhereAction } from '@/lib/users/actions';

export function SignOutEverywhere() {
  const [pending, setPending] = useState(false);
  async function onClick() {
    setPending(true);
    const result = await signOutEverywhereAction({});
    if (!result.ok) {
      toast.error(result.error);
      setPending(false);
      return;
    }
    await signOut({ callbackUrl: '/signin?signedOut=1' });
  }
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-slate-600">
        Lost a device, or signed in on a shared computer? End every session of your account.
      </p>
      <Button variant="secondary" onClick={onClick} disabled={pending} data-testid="sign-out-everywhere">
        {pending ? 'Signing out…' : 'Sign out everywhere'}
      </Button>
    </div>
  );
}
