'use server';
// Account entry points: validate, authorise, call the data layer.
import { authedAction, publicAction } from '@/lib/action';
import { changePasswordSchema, profileSchema, signUpSchema, timeOffIdSchema, timeOffSchema } from './schemas';
import { addTimeOff, changePassword, createUser, removeTimeOff, updateProfile } from './mutations';
import { revalidatePath } from 'next/cache';

export const signUpAction = publicAction(signUpSchema, async (input) => {
  const user = await createUser(input);
  return { email: user.email };
});

export const changePasswordAction = authedAction(changePasswordSchema, async (input, actor) => {
  await changePassword({ actor, input });
  return { changed: true };
});

export const updateProfileAction = authedAction(profileSchema, async (input, actor) => {
  await updateProfile({ actor, input });
  revalidatePath('/', 'layout');
  return { saved: true };
});

export const addTimeOffAction = authedAction(timeOffSchema, async (input, actor) => {
  const saved = await addTimeOff({ actor, input });
  revalidatePath('/settings');
  revalidatePath('/dashboard');
  return saved;
});

export const removeTimeOffAction = authedAction(timeOffIdSchema, async ({ id }, actor) => {
  await removeTimeOff({ actor, id });
  revalidatePath('/settings');
  revalidatePath('/dashboard');
  return { id };
});
