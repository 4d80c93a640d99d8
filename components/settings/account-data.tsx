'use client';
// "Your data" on the settings page: download everything as JSON, or delete the account after
// confirming the current password (DELETE /api/account, then sign out).
import { useState } from 'react';
import { signOut } from 'next-auth/react';
import { toast } from 'sonner';
import { Button, buttonClass } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';

export function AccountData() {
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);
  const [understood, setUnderstood] = useState(false);

  async function onDelete(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const password = String(new FormData(e.currentTarget).get('password') ?? '');
    setPending(true);
    try {
      const res = await fetch('/api/account', {
        method: 'DELETE',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ password }),
      });
      const body = (await res.json().catch(() => ({}))) as {
        error?: string;
        fieldErrors?: Record<string, string[]>;
      };
      if (!res.ok) {
        setErrors(body.fieldErrors ?? { password: [body.error ?? 'The account was not deleted.'] });
        toast.error(body.error ?? 'The account was not deleted.');
        setPending(false);
        return;
      }
      await signOut({ callbackUrl: '/' });
    } catch {
      toast.error('The account was not deleted: the server could not be reached.');
      setPending(false);
    }
  }

  return (
    <div className="space-y-6">
      <div>
        <p className="mb-3 text-sm text-slate-600">
          One JSON file with your profile, every procedure entry (including deleted ones), sites, favorites,
          time off, imports and your history of changes.
        </p>
        <a
          href="/api/account/export"
          download
          className={buttonClass('secondary')}
          data-testid="download-my-data"
        >
          Download my data
        </a>
      </div>
      <form
        onSubmit={onDelete}
        className="grid max-w-md gap-4 border-t border-slate-200 pt-6"
        noValidate
        data-testid="delete-account-form"
      >
        <p className="text-sm text-slate-600">
          Deleting your account removes your profile and all your entries, sites, favorites, time off and
          imports. The audit trail keeps only anonymous ids. This cannot be undone.
        </p>
        <Field label="Confirm with your password" htmlFor="deletePassword" errors={errors.password}>
          <Input
            id="deletePassword"
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </Field>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />I
          understand that my data is deleted for good.
        </label>
        <div>
          <Button type="submit" variant="danger" disabled={pending || !understood}>
            {pending ? 'Deleting…' : 'Delete my account'}
          </Button>
        </div>
      </form>
    </div>
  );
}
