'use server';
// Reconciliation entry points: each checks the session, parses with zod, calls the data layer.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/action';
import { addUnloggedToLog } from './add-to-log';
import { saveRerun } from './mutations';
import { getReconciliationLines } from './queries';
import { runReconciliation } from './run';
import { reconciliationIdSchema, rerunSchema } from './schemas';

export const rerunReconciliationAction = authedAction(rerunSchema, async ({ id, windowDays }, actor) => {
  const { summary, lines } = await getReconciliationLines({ actor, id });
  const window = windowDays ?? summary.windowDays;
  const { totals } = await runReconciliation({
    actor,
    lines,
    period: { from: summary.periodFrom, to: summary.periodTo },
    windowDays: window,
  });
  await saveRerun({ actor, id, windowDays: window, totals });
  revalidatePath('/reconcile');
  revalidatePath(`/reconcile/${id}`);
  return { id, net: totals.net };
});

const addSchema = reconciliationIdSchema.extend({
  rows: z.array(z.number().int().min(1).max(1_000_000)).min(1).max(100_000),
});

export const addUnloggedToLogAction = authedAction(addSchema, async ({ id, rows }, actor) => {
  const result = await addUnloggedToLog({ actor, id, rows });
  revalidatePath(`/reconcile/${id}`);
  revalidatePath('/entries');
  revalidatePath('/dashboard');
  return result;
});
