'use client';
import { useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { deleteEntryAction, restoreEntryAction } from '@/lib/logs/actions';

/** Deletes at once (soft) and offers Undo, rather than asking "are you sure?" first. */
export function DeleteEntryButton({
  id,
  code,
  afterDelete,
}: {
  id: string;
  code: string;
  afterDelete?: string;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      variant="ghost"
      size="sm"
      aria-label={`Delete ${code}`}
      disabled={pending}
      onClick={() =>
        start(async () => {
          const result = await deleteEntryAction({ id });
          if (!result.ok) {
            toast.error(result.error);
            return;
          }
          toast(`Deleted ${code}`, {
            id: 'entry-delete', // a second delete replaces this toast instead of stacking another
            action: {
              label: 'Undo',
              onClick: async (event) => {
                event.preventDefault(); // the toast turns into "restored" rather than a second one
                const restored = await restoreEntryAction({ id });
                if (restored.ok) toast.success(`${code} restored`, { id: 'entry-delete', action: undefined });
                else toast.error(restored.error);
                router.refresh();
              },
            },
          });
          if (afterDelete) router.push(afterDelete);
          router.refresh();
        })
      }
    >
      <Trash2 aria-hidden className="h-4 w-4" />
      <span className="sr-only sm:not-sr-only">Delete</span>
    </Button>
  );
}
