'use client';
// "Forgot password?": one email field. The answer is the same for every address (no enumeration).
import { useState } from 'react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { requestPasswordResetAction } from '@/lib/users/password-reset-actions';

export function ForgotPasswordForm() {
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [sentTo, setSentTo] = useState<{ email: string; minutes: number } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const email = String(new FormData(e.currentTarget).get('email') ?? '');
    setPending(true);
    const result = await requestPasswordResetAction({ email });
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? { email: [result.error] });
      return;
    }
    setErrors({});
    setSentTo({ email: email.trim(), minutes: result.data.minutes });
  }

  if (sentTo) {
    return (
      <div role="status" data-testid="reset-requested" className="space-y-4 text-sm text-slate-700">
        <p>
          If an account exists for <strong className="break-all">{sentTo.email}</strong>, we have sent it a
          link to choose a new password. The link works once and expires in {sentTo.minutes} minutes.
        </p>
        <p>No email after a few minutes? Check your spam folder, or ask again.</p>
        <Link href="/signin" className="font-medium text-brand-700 hover:underline">
          Back to sign in
        </Link>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label="Email" htmlFor="email" errors={errors.email}>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          autoFocus
          {...(errors.email ? { 'aria-invalid': true, 'aria-describedby': 'email-error' } : {})}
        />
      </Field>
      <Button type="submit" className="w-full" size="lg" disabled={pending}>
        {pending ? 'Sending…' : 'Send me a reset link'}
      </Button>
    </form>
  );
}
