'use client';
import { useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { deleteEntryAction, restoreEntryAction } from '@/lib/logs/actions';

/**
 * Deletes at once (soft) and offers Undo, rather than asking "are you sure?" first. `compact` is
 * for one button per line of a long list: unstyled (the list styles its action cells) with the icon
 * from the list's sprite (TrashIconSprite), so fifty lines do not repeat the same markup fifty times.
 */
export function DeleteEntryButton({
  id,
  code,
  afterDelete,
  compact = false,
}: {
  id: string;
  code: string;
  afterDelete?: string;
  compact?: boolean;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const onClick = () =>
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
    });
  // Compact: the list's cells style it (the label only from sm up), the sprite's symbol is the icon.
  if (compact)
    return (
      <button type="button" aria-label={`Delete ${code}`} disabled={pending} onClick={onClick}>
        <svg aria-hidden>
          <use href="#trash-icon" />
        </svg>
        <span>Delete</span>
      </button>
    );
  return (
    <Button variant="ghost" size="sm" aria-label={`Delete ${code}`} disabled={pending} onClick={onClick}>
      <Trash2 aria-hidden className="h-4 w-4" />
      <span className="sr-only sm:not-sr-only">Delete</span>
    </Button>
  );
}

/** The icon the compact buttons of a list refer to (`<use href="#trash-icon">`), rendered once. */
export function TrashIconSprite() {
  return (
    <svg aria-hidden className="absolute h-0 w-0 overflow-hidden">
      <symbol id="trash-icon" viewBox="0 0 24 24">
        <Trash2 />
      </symbol>
    </svg>
  );
}
