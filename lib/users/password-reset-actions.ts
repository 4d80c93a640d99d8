'use server';
// "Forgot password" entry points (public: the user is signed out). Asking for a link answers at once
// and the same for every address: the lookup and the mail happen after the response is sent
// (next/server `after`), so neither the answer nor its timing says whether an account exists.
import { after } from 'next/server';
import { headers } from 'next/headers';
import { publicAction } from '@/lib/action';
import { appOrigin } from '@/lib/http/app-origin';
import { requestPasswordReset, resetPassword, RESET_TTL_MINUTES } from './password-reset';
import { requestPasswordResetSchema, resetPasswordSchema } from './password-reset-schemas';

export const requestPasswordResetAction = publicAction(requestPasswordResetSchema, async ({ email }) => {
  const origin = appOrigin(await headers());
  after(() =>
    requestPasswordReset({ email, origin }).catch((err: unknown) =>
      console.error('password reset mail failed:', err),
    ),
  );
  return { minutes: RESET_TTL_MINUTES };
});

export const resetPasswordAction = publicAction(resetPasswordSchema, async ({ token, newPassword }) =>
  resetPassword({ token, newPassword }),
);
