'use client';
// Manage favorites: reorder by dragging the handle (mouse or touch, via dnd-kit) or by keyboard
// (the handle with Space and the arrow keys, or the Move up / Move down buttons), rename the label
// shown on the chip, remove. Every change is saved at once; the log page shows the new order.
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { ArrowDown, ArrowUp, GripVertical, Trash2 } from 'lucide-react';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import { formatWrvu } from '@/lib/format';
import { removeFavoriteAction, renameFavoriteAction, reorderFavoritesAction } from '@/lib/logs/actions';

export type ManagedFavorite = {
  id: string;
  code: string;
  modifiers: string[];
  label: string | null;
  description: string;
  wrvu: number | null;
};

const name = (f: ManagedFavorite) => `${f.code}${f.modifiers.length ? `-${f.modifiers.join('-')}` : ''}`;

export function FavoritesManager({ initial }: { initial: ManagedFavorite[] }) {
  const router = useRouter();
  const [items, setItems] = useState(initial);
  const [, start] = useTransition();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  function reorder(next: ManagedFavorite[]) {
    const before = items;
    setItems(next);
    start(async () => {
      const result = await reorderFavoritesAction({ ids: next.map((f) => f.id) });
      if (!result.ok) {
        setItems(before);
        toast.error(result.error);
      } else router.refresh();
    });
  }
  const move = (index: number, by: number) => {
    const to = index + by;
    if (to >= 0 && to < items.length) reorder(arrayMove(items, index, to));
  };
  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = items.findIndex((f) => f.id === active.id);
    const to = items.findIndex((f) => f.id === over.id);
    reorder(arrayMove(items, from, to));
  }
  function remove(f: ManagedFavorite) {
    setItems((xs) => xs.filter((x) => x.id !== f.id));
    start(async () => {
      const result = await removeFavoriteAction({ id: f.id });
      if (!result.ok) toast.error(result.error);
      else toast.success(`${name(f)} removed from favorites`, { id: 'favorites' });
      router.refresh();
    });
  }
  function rename(f: ManagedFavorite, label: string) {
    if ((f.label ?? '') === label.trim()) return;
    start(async () => {
      const result = await renameFavoriteAction({ id: f.id, label });
      if (!result.ok) toast.error(result.error);
      else {
        setItems((xs) => xs.map((x) => (x.id === f.id ? { ...x, label: result.data.label } : x)));
        toast.success('Label saved', { id: 'favorites' });
        router.refresh();
      }
    });
  }

  if (!items.length)
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-8 text-center text-sm text-slate-500">
        No favorites yet. On the log page, tap the star of a line to keep it here.
      </p>
    );
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={items.map((f) => f.id)} strategy={verticalListSortingStrategy}>
        <ol className="space-y-2" aria-label="Favorites, in the order of the log page">
          {items.map((f, i) => (
            <Row
              key={f.id}
              favorite={f}
              first={i === 0}
              last={i === items.length - 1}
              onMove={(by) => move(i, by)}
              onRemove={() => remove(f)}
              onRename={(label) => rename(f, label)}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function Row({
  favorite: f,
  first,
  last,
  onMove,
  onRemove,
  onRename,
}: {
  favorite: ManagedFavorite;
  first: boolean;
  last: boolean;
  onMove: (by: number) => void;
  onRemove: () => void;
  onRename: (label: string) => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: f.id });
  const [label, setLabel] = useState(f.label ?? '');
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid="favorite-item"
      className={`flex items-center gap-2 rounded-xl border border-slate-200 bg-white p-2 shadow-sm ${isDragging ? 'relative z-10 shadow-lg' : ''}`}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={`Drag ${name(f)} to reorder`}
        className="flex h-11 w-8 shrink-0 cursor-grab touch-none items-center justify-center rounded-lg text-slate-400 hover:bg-slate-100"
      >
        <GripVertical aria-hidden className="h-5 w-5" />
      </button>
      <div className="min-w-0 flex-1">
        <p className="flex items-baseline gap-2">
          <span className="font-mono font-semibold">{name(f)}</span>
          <span className="tabular text-xs text-slate-500">
            {f.wrvu === null ? '' : `${formatWrvu(f.wrvu)} wRVU`}
          </span>
        </p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onRename(label);
          }}
        >
          <Input
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            onBlur={() => onRename(label)}
            placeholder={f.description}
            maxLength={40}
            aria-label={`Label of ${name(f)}`}
            className="mt-1 h-9 text-sm"
          />
        </form>
      </div>
      <div className="flex shrink-0 flex-col sm:flex-row">
        <Button
          variant="ghost"
          size="sm"
          aria-label={`Move ${name(f)} up`}
          disabled={first}
          onClick={() => onMove(-1)}
        >
          <ArrowUp aria-hidden className="h-4 w-4" />
        </Button>
        <Button
          variant="ghost"
          size="sm"
          aria-label={`Move ${name(f)} down`}
          disabled={last}
          onClick={() => onMove(1)}
        >
          <ArrowDown aria-hidden className="h-4 w-4" />
        </Button>
      </div>
      <Button variant="ghost" size="md" aria-label={`Remove ${name(f)}`} onClick={onRemove}>
        <Trash2 aria-hidden className="h-4 w-4" />
      </Button>
    </li>
  );
}
