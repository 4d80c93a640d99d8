'use server';
// First-run flow entry point: validate the step, save it for the actor from the session.
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/action';
import { saveFirstRunStep } from './first-run';
import { firstRunStepSchema } from './first-run-schemas';

export const saveFirstRunStepAction = authedAction(firstRunStepSchema, async (input, actor) => {
  const saved = await saveFirstRunStep({ actor, input });
  revalidatePath('/dashboard');
  return saved;
});
