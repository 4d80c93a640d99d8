import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { env } from '@/lib/env';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { getCurrentUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; signedOut?: string; signedUp?: string }>;
}) {
  const { callbackUrl: rawCallback, signedOut, signedUp } = await searchParams;
  const callbackUrl = safeRedirectPath(rawCallback, { origin: env.NEXTAUTH_URL });
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <>
      <h1 className="text-xl font-semibold">Sign in</h1>
      <p className="mt-1 mb-6 text-sm text-slate-500">Welcome back. Your log is where you left it.</p>
      <SignInForm
        callbackUrl={callbackUrl}
        notice={
          signedOut
            ? 'You are signed out.'
            : signedUp
              ? 'If that email was new, your account is ready. If it already had an account, sign in with that account’s password.'
              : undefined
        }
      />
      <p className="mt-6 text-center text-sm text-slate-500">
        New to Benchline?{' '}
        <Link href="/signup" className="font-medium text-brand-700 hover:underline">
          Create an account
        </Link>
      </p>
    </>
  );
}
