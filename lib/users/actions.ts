'use server';
// Account entry points: validate, authorise, call the data layer.
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction, publicAction } from '@/lib/action';
import { clientIp } from '@/lib/auth/client-ip';
import { reissueSessionCookie } from '@/lib/auth/session-cookie';
import { changePasswordSchema, profileSchema, signUpSchema, timeOffIdSchema, timeOffSchema } from './schemas';
import {
  addTimeOff,
  changePassword,
  removeTimeOff,
  signOutEverywhere,
  signUp,
  updateProfile,
} from './mutations';

export const signUpAction = publicAction(signUpSchema, async (input) => {
  // The same answer whether or not the email already had an account (no enumeration).
  const user = await signUp({ input, ip: clientIp(await headers()) });
  return { email: user.email };
});

export const changePasswordAction = authedAction(changePasswordSchema, async (input, actor) => {
  const { sessionVersion } = await changePassword({ actor, input, ip: clientIp(await headers()) });
  // Every other session ended with the change; this device stays signed in under the new version.
  await reissueSessionCookie(actor, sessionVersion);
  return { changed: true };
});

export const signOutEverywhereAction = authedAction(z.object({}).strict(), async (_input, actor) => {
  await signOutEverywhere({ actor });
  return { signedOut: true };
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
