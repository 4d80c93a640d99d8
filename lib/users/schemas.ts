// Input contracts for accounts: shared by the forms and the server.
import { z } from 'zod';
import { passwordSchema } from '@/lib/auth/password';

export const signUpSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name.').max(120),
  email: z.string().trim().toLowerCase().email('Enter a valid email address.').max(320),
  password: passwordSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(256),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'The passwords do not match.' });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const careerStages = ['STUDENT', 'RESIDENT', 'FELLOW', 'ATTENDING', 'APP'] as const;

export const profileSchema = z.object({
  name: z.string().trim().min(1).max(120),
  specialty: z.string().trim().max(120).optional().or(z.literal('')),
  careerStage: z.enum(careerStages).optional().or(z.literal('')),
  pgyYear: z.coerce.number().int().min(1).max(10).optional().or(z.literal('')),
  clinicalFte: z.coerce.number().min(0.05, 'FTE must be between 0.05 and 1.5.').max(1.5, 'FTE must be between 0.05 and 1.5.'),
  fiscalYearStartMonth: z.coerce.number().int().min(1).max(12),
  targetPercentile: z.coerce.number().int().min(10).max(90),
  ratePerWrvu: z.coerce.number().min(0).max(10_000).optional().or(z.literal('')),
});
export type ProfileInput = z.infer<typeof profileSchema>;
