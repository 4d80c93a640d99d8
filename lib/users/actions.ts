'use server';
// Account entry points: validate, authorise, call the data layer.
import { authedAction, publicAction } from '@/lib/action';
import { changePasswordSchema, profileSchema, signUpSchema } from './schemas';
import { changePassword, createUser, updateProfile } from './mutations';
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
