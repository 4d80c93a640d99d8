// Input contracts of "forgot password": shared by the two forms and the server.
import { z } from 'zod';
import { passwordSchema } from '@/lib/auth/password';

export const requestPasswordResetSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter a valid email address.').max(320),
});

// 32 random bytes in base64url are 43 characters; anything else is not one of our links.
export const resetTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'This reset link is not valid.');

export const resetPasswordSchema = z
  .object({
    token: resetTokenSchema,
    newPassword: passwordSchema,
    confirmPassword: z.string().max(256),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match.',
  });
