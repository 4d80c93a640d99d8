'use client';
import { useState } from 'react';
import Link from 'next/link';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { safeRedirectPath } from '@/lib/http/safe-redirect';

export function SignInForm({
  callbackUrl,
  notice,
  email,
}: {
  callbackUrl: string | null;
  notice?: string;
  email?: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    const res = await signIn('credentials', {
      email: String(form.get('email')),
      password: String(form.get('password')),
      redirect: false,
    });
    if (!res || res.error) {
      setPending(false);
      setError(
        res?.error && res.error !== 'CredentialsSignin'
          ? res.error
          : 'That email and password do not match an account. Check both and try again.',
      );
      return;
    }
    // Only a same-origin path is followed (lib/http/safe-redirect.ts), checked again here.
    router.replace(safeRedirectPath(callbackUrl, { origin: window.location.origin }));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {notice && <p className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-800">{notice}</p>}
      <Field label="Email" htmlFor="email">
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          autoFocus={!email}
          defaultValue={email}
        />
      </Field>
      <Field label="Password" htmlFor="password">
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          autoFocus={!!email}
        />
      </Field>
      <p className="-mt-2 text-right text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">
          Forgot password?
        </Link>
      </p>
      <div aria-live="assertive" data-testid="signin-error" className="min-h-5 text-sm text-red-600">
        {error}
      </div>
      <Button type="submit" className="w-full" size="lg" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
