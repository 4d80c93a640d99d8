import type { Metadata } from 'next';
import Link from 'next/link';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { checkResetToken, RESET_TOKEN_MESSAGES } from '@/lib/users/password-reset';
import { resetTokenSchema } from '@/lib/users/password-reset-schemas';

export const metadata: Metadata = { title: 'Choose a new password', referrer: 'no-referrer' };

// The page a mailed reset link opens. It only looks at the link (it is used when the form is sent).
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const parsed = resetTokenSchema.safeParse(token);
  const state = parsed.success ? await checkResetToken({ token: parsed.data }) : 'invalid';
  return (
    <>
      <h1 className="text-xl font-semibold">Choose a new password</h1>
      {state === 'valid' && parsed.success ? (
        <>
          <p className="mt-1 mb-6 text-sm text-slate-600">
            Your other reset links stop working once you save it.
          </p>
          <ResetPasswordForm token={parsed.data} />
        </>
      ) : (
        <div role="alert" data-testid="reset-link-error" className="mt-4 space-y-4 text-sm text-slate-700">
          <p>{RESET_TOKEN_MESSAGES[state === 'valid' ? 'invalid' : state]}</p>
          <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">
            Ask for a new link
          </Link>
        </div>
      )}
    </>
  );
}
