'use client';
// Code typeahead for the quick log: an ARIA combobox over /api/codes/search. Arrow keys move,
// Enter picks, Escape closes; picking hands the code to the parent and clears the box.
import { useEffect, useId, useRef, useState } from 'react';
import { Search } from 'lucide-react';
import { cn } from '@/lib/cn';
import { formatWrvu } from '@/lib/format';
import { inputClass } from '@/components/ui/field';

export type CodeHit = {
  code: string;
  shortDescription: string;
  category?: string;
  workRvu?: string | number | null;
  aspDrug?: boolean;
};

export function CodeSearch({ onPick, autoFocus }: { onPick: (hit: CodeHit) => void; autoFocus?: boolean }) {
  const id = useId();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<CodeHit[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [notice, setNotice] = useState<string | null>(null); // a code the catalog lacks, named by the API
  const inputRef = useRef<HTMLInputElement>(null);
  // On a phone neither the page load nor a pick keeps the keyboard open over the form: focus the box
  // at load only with a fine pointer (mouse), and close the keyboard after a pick by touch.
  const coarse = () => window.matchMedia('(pointer: coarse)').matches;
  useEffect(() => {
    if (autoFocus && !coarse()) inputRef.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    const query = q.trim();
    if (!query) return;
    const controller = new AbortController();
    const t = setTimeout(async () => {
      setLoading(true);
      try {
        const res = await fetch(`/api/codes/search?q=${encodeURIComponent(query)}&limit=8`, {
          signal: controller.signal,
        });
        if (!res.ok) return;
        const data = (await res.json()) as { results: CodeHit[]; notice?: string };
        setHits(data.results);
        setNotice(data.notice ?? null);
        setActive(0);
        setOpen(true);
      } catch {
        /* aborted by the next keystroke */
      } finally {
        setLoading(false);
      }
    }, 120);
    return () => {
      clearTimeout(t);
      controller.abort();
    };
  }, [q]);

  function pick(hit: CodeHit) {
    onPick(hit);
    setQ('');
    setHits([]);
    setOpen(false);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      // Enter in the search box picks; with the box empty it saves the encounter (keyboard flow:
      // code, Enter, next code, Enter, Enter).
      e.preventDefault();
      if (open && hits[active]) pick(hits[active]);
      else if (!q.trim()) e.currentTarget.form?.requestSubmit();
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  }

  const listId = `${id}-list`;
  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="sr-only">
        Search codes
      </label>
      <Search
        aria-hidden
        className="pointer-events-none absolute top-1/2 left-3 h-4 w-4 -translate-y-1/2 text-slate-400"
      />
      <input
        ref={inputRef}
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        placeholder="Code or words: 99213, tka, lap chole…"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          if (!e.target.value.trim()) {
            setHits([]);
            setOpen(false);
          }
        }}
        onKeyDown={onKeyDown}
        onFocus={() => hits.length && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        className={cn(inputClass, 'h-12 pl-9 text-base')}
        data-testid="code-search"
      />
      {loading && (
        <span className="absolute top-1/2 right-3 -translate-y-1/2 text-xs text-slate-400">Searching…</span>
      )}
      {open && hits.length > 0 && (
        <ul
          id={listId}
          role="listbox"
          className="absolute z-30 mt-1 max-h-80 w-full overflow-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
        >
          {hits.map((h, i) => (
            <li
              key={h.code}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(h);
                if (coarse()) inputRef.current?.blur();
              }}
              onMouseEnter={() => setActive(i)}
              className={cn(
                'flex cursor-pointer items-baseline gap-3 px-3 py-2 text-sm',
                i === active && 'bg-brand-50',
              )}
            >
              <span className="w-14 shrink-0 font-mono font-semibold text-slate-900">{h.code}</span>
              <span className="flex-1 truncate text-slate-700">{h.shortDescription}</span>
              <span className="tabular shrink-0 text-xs text-slate-600">
                {h.aspDrug ? 'ASP drug' : h.workRvu != null ? `${formatWrvu(h.workRvu)} wRVU` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {open && q.trim() && !loading && hits.length === 0 && (
        <p className="absolute z-30 mt-1 w-full rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm text-slate-500 shadow">
          {notice ?? 'No matching codes.'}
        </p>
      )}
    </div>
  );
}
