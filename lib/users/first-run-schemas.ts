// Input contracts of the first-run flow (/welcome): one small schema per step.
import { z } from 'zod';
import { careerStages } from './schemas';

export const firstRunSteps = ['specialty', 'fte', 'benchmark'] as const;

export const firstRunStepSchema = z.discriminatedUnion('step', [
  z.object({
    step: z.literal('specialty'),
    specialty: z.string().trim().min(1, 'Choose your specialty.').max(120),
    careerStage: z.enum(careerStages).optional().or(z.literal('')),
  }),
  z.object({
    step: z.literal('fte'),
    clinicalFte: z.coerce
      .number()
      .min(0.05, 'FTE must be between 0.05 and 1.5.')
      .max(1.5, 'FTE must be between 0.05 and 1.5.'),
  }),
  z.object({
    step: z.literal('benchmark'),
    // '' = automatic: the best source for the specialty.
    benchmarkSourceId: z.string().trim().max(40),
  }),
]);
export type FirstRunStepInput = z.infer<typeof firstRunStepSchema>;
