'use client';
import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { signUpAction } from '@/lib/users/actions';

export function SignUpForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    };
    setPending(true);
    setMessage(null);
    const result = await signUpAction(input);
    if (!result.ok) {
      setPending(false);
      setErrors(result.fieldErrors ?? {});
      setMessage(result.error);
      return;
    }
    setErrors({});
    const res = await signIn('credentials', {
      email: input.email,
      password: input.password,
      redirect: false,
    });
    if (res?.error) {
      // The email already had an account (sign-up says the same either way): sign in with its own
      // password, or reset it once that exists.
      setPending(false);
      router.push('/signin?signedUp=1');
      return;
    }
    router.replace('/welcome');
    router.refresh();
  }

  const invalid = (k: string) =>
    errors[k] ? { 'aria-invalid': true as const, 'aria-describedby': `${k}-error` } : {};
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label="Full name" htmlFor="name" errors={errors.name}>
        <Input id="name" name="name" autoComplete="name" required autoFocus {...invalid('name')} />
      </Field>
      <Field label="Email" htmlFor="email" errors={errors.email}>
        <Input id="email" name="email" type="email" autoComplete="email" required {...invalid('email')} />
      </Field>
      <Field
        label="Password"
        htmlFor="password"
        errors={errors.password}
        hint="At least 12 characters. A short sentence works well."
      >
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          {...invalid('password')}
        />
      </Field>
      <div aria-live="assertive" data-testid="signup-error" className="min-h-5 text-sm text-red-600">
        {message}
      </div>
      <Button type="submit" className="w-full" size="lg" disabled={pending}>
        {pending ? 'Creating your account…' : 'Create account'}
      </Button>
    </form>
  );
}
