// The chosen day's log under the form: loads the day's encounters whenever the date changes or
// something was logged, and logs a line again in one tap (a new encounter, same code, modifiers,
// site, setting and role) with Undo.
import { useCallback, useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { createEntriesAction, deleteEntryAction, getDayLogAction } from '@/lib/logs/actions';
import type { DayLine, DayLog } from '@/lib/logs/day';

/** One toast id for "logged / removed", so rapid log-undo cycles replace it instead of stacking. */
export const LOG_TOAST = 'log-result';

export function undoToast(message: string, ids: string[], after: () => void) {
  toast.success(message, {
    id: LOG_TOAST,
    action: {
      label: 'Undo',
      onClick: async (event) => {
        event.preventDefault(); // keep this toast: it turns into "Removed" instead of a second one
        await Promise.all(ids.map((id) => deleteEntryAction({ id })));
        toast('Removed', {
          id: LOG_TOAST,
          description: 'The procedures you just logged were removed.',
          action: undefined,
          duration: 2500,
        });
        after();
      },
    },
  });
}

export function useDayLog(date: string | null) {
  const router = useRouter();
  const [day, setDay] = useState<DayLog | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    if (!date) return;
    let live = true;
    getDayLogAction({ date }).then((result) => {
      if (live) setDay(result.ok ? result.data : null);
    });
    return () => {
      live = false;
    };
  }, [date, version]);

  async function logAgain(line: DayLine) {
    if (!date) return;
    const id = crypto.randomUUID();
    const result = await createEntriesAction({
      entries: [
        {
          id,
          code: line.code,
          modifiers: line.modifiers,
          units: line.units,
          dateOfService: date,
          encounterKey: crypto.randomUUID(),
          siteId: line.siteId,
          setting: line.setting,
          role: line.role,
        },
      ],
    });
    if (!result.ok) {
      toast.error(result.error, { id: LOG_TOAST });
      return;
    }
    undoToast(`Logged ${line.code} again`, [id], () => {
      reload();
      router.refresh();
    });
    reload();
    router.refresh();
  }

  return { day: date && day?.date === date ? day : null, reload, logAgain };
}
