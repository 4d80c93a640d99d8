// Input contracts for accounts: shared by the forms and the server.
import { z } from 'zod';
import { resolveSpecialty } from '@/lib/benchmarks/specialties';
import { passwordSchema } from '@/lib/auth/password';
import { rateTiersSchema } from '@/lib/benchmarks/schemas';

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
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match.',
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const careerStages = ['STUDENT', 'RESIDENT', 'FELLOW', 'ATTENDING', 'APP'] as const;

/** A blank number field means "not set" (undefined, stored as null), never 0: z.coerce turns '' into 0. */
const blankIsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v),
    schema.optional(),
  );

export const profileSchema = z.object({
  name: z.string().trim().min(1).max(120),
  specialty: z.string().trim().max(120).optional().or(z.literal('')),
  careerStage: z.enum(careerStages).optional().or(z.literal('')),
  pgyYear: blankIsUnset(z.coerce.number().int().min(1).max(10)),
  clinicalFte: z.coerce
    .number()
    .min(0.05, 'FTE must be between 0.05 and 1.5.')
    .max(1.5, 'FTE must be between 0.05 and 1.5.'),
  fiscalYearStartMonth: z.coerce.number().int().min(1).max(12),
  targetPercentile: z.coerce.number().int().min(10).max(90),
  ratePerWrvu: blankIsUnset(
    z.coerce.number().positive('Enter a rate above $0, or leave it blank if you have none.').max(10_000),
  ),
  // '' = automatic (the best source for the specialty); undefined leaves the choice unchanged.
  benchmarkSourceId: z.string().trim().max(40).optional().or(z.literal('')),
  // '' = my own specialty; otherwise a related specialty whose published row to compare against.
  benchmarkSpecialty: z
    .string()
    .trim()
    .max(120)
    .refine((s) => s === '' || resolveSpecialty(s) !== null, 'Choose one of the listed specialties.')
    .optional(),
  // Marginal $/wRVU tiers; null removes them (the flat rate applies), undefined leaves them unchanged.
  rateTiers: rateTiersSchema.nullable().optional(),
});
export type ProfileInput = z.infer<typeof profileSchema>;

const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-07-06.')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return (
      !Number.isNaN(d.getTime()) &&
      d.toISOString().slice(0, 10) === s &&
      s >= '2000-01-01' &&
      s <= '2100-12-31'
    );
  }, 'That date does not exist.');

/** A period of time off (inclusive); it comes out of the worked-day pace. */
export const timeOffSchema = z
  .object({
    startDate: calendarDate,
    endDate: calendarDate,
    note: z.string().trim().max(200, 'Keep the note under 200 characters.').optional(),
  })
  .refine((v) => v.endDate >= v.startDate, {
    path: ['endDate'],
    message: 'The end cannot be before the start.',
  })
  .refine((v) => (Date.parse(v.endDate) - Date.parse(v.startDate)) / 86_400_000 < 366, {
    path: ['endDate'],
    message: 'Enter at most a year at a time.',
  });
export type TimeOffInput = z.infer<typeof timeOffSchema>;

export const timeOffIdSchema = z.object({ id: z.string().min(1).max(40) });
