'use client';
// Choose a new password through a mailed link; on success, on to sign-in with the new password.
import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { resetPasswordAction } from '@/lib/users/password-reset-actions';

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [linkError, setLinkError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    const result = await resetPasswordAction({
      token,
      newPassword: String(form.get('newPassword') ?? ''),
      confirmPassword: String(form.get('confirmPassword') ?? ''),
    });
    if (!result.ok) {
      setPending(false);
      setErrors(result.fieldErrors ?? {});
      // A link that stopped working meanwhile (used in another tab, expired): say so, offer a new one.
      setLinkError(result.fieldErrors?.token ? result.error : null);
      return;
    }
    router.replace(`/signin?reset=1&email=${encodeURIComponent(result.data.email)}`);
  }

  const invalid = (k: string) =>
    errors[k] ? { 'aria-invalid': true as const, 'aria-describedby': `${k}-error` } : {};
  if (linkError) {
    return (
      <div role="alert" data-testid="reset-link-error" className="space-y-4 text-sm text-slate-700">
        <p>{linkError}</p>
        <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">
          Ask for a new link
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field
        label="New password"
        htmlFor="newPassword"
        errors={errors.newPassword}
        hint="At least 12 characters. A short sentence works well."
      >
        <Input
          id="newPassword"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          autoFocus
          {...invalid('newPassword')}
        />
      </Field>
      <Field label="Confirm new password" htmlFor="confirmPassword" errors={errors.confirmPassword}>
        <Input
          id="confirmPassword"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          {...invalid('confirmPassword')}
        />
      </Field>
      <Button type="submit" className="w-full" size="lg" disabled={pending}>
        {pending ? 'Saving…' : 'Set new password'}
      </Button>
    </form>
  );
}
