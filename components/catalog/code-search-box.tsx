'use client';
// The catalog search box: a plain GET form to /codes?q= (works without JavaScript), enhanced with
// a typeahead from /api/codes/search following the ARIA combobox pattern (arrow keys, Enter, Escape).
import { useEffect, useId, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { Search } from 'lucide-react';
import { buttonClass } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { cn } from '@/lib/cn';
import { formatRvu } from '@/lib/rvu/rounding';

type Suggestion = { code: string; shortDescription: string; workRvu: number | null; aspDrug: boolean };

const DEBOUNCE_MS = 150;
const MIN_CHARS = 2;

export function CodeSearchBox({
  defaultValue = '',
  autoFocus = false,
}: {
  defaultValue?: string;
  autoFocus?: boolean;
}) {
  const router = useRouter();
  const id = useId();
  const listId = `${id}-list`;
  const [value, setValue] = useState(defaultValue);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inflight = useRef<AbortController | undefined>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inflight.current?.abort();
    },
    [],
  );

  function lookup(q: string) {
    clearTimeout(timer.current);
    inflight.current?.abort();
    if (q.trim().length < MIN_CHARS) {
      setSuggestions([]);
      setOpen(false);
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      inflight.current = controller;
      try {
        const res = await fetch(`/api/codes/search?q=${encodeURIComponent(q)}&limit=8`, {
          signal: controller.signal,
        });
        if (!res.ok) return;
        const body = (await res.json()) as { results: Suggestion[] };
        setSuggestions(body.results);
        setActive(-1);
        setOpen(true);
      } catch {
        // Aborted by a newer keystroke, or offline: the form still submits to /codes?q=.
      }
    }, DEBOUNCE_MS);
  }

  function go(code: string) {
    setOpen(false);
    router.push(`/codes/${code}`);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && suggestions.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp' && suggestions.length > 0) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? suggestions.length - 1 : i - 1));
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      go(suggestions[active].code);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  const expanded = open && value.trim().length >= MIN_CHARS;
  return (
    <form action="/codes" method="get" role="search" className="relative">
      <label htmlFor={`${id}-q`} className="sr-only">
        Search CPT and HCPCS codes
      </label>
      <div className="flex gap-2">
        <div className="relative flex-1">
          <Search
            aria-hidden
            className="pointer-events-none absolute top-1/2 left-3 h-4 w-4 -translate-y-1/2 text-slate-400"
          />
          <input
            id={`${id}-q`}
            name="q"
            type="search"
            role="combobox"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
            autoComplete="off"
            autoFocus={autoFocus}
            maxLength={100}
            placeholder="Code or words: 27447, tka, lap chole, J2820"
            className={cn(inputClass, 'h-11 pl-9')}
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              lookup(e.target.value);
            }}
            onKeyDown={onKeyDown}
            onFocus={() => suggestions.length > 0 && setOpen(true)}
            onBlur={() => setOpen(false)}
          />
        </div>
        <button type="submit" className={buttonClass('primary', 'md')}>
          Search
        </button>
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching codes"
        hidden={!expanded || suggestions.length === 0}
        className="absolute inset-x-0 top-full z-20 mt-1 max-h-96 overflow-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
      >
        {suggestions.map((s, i) => (
          <li
            key={s.code}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              go(s.code);
            }}
            className={cn(
              'flex cursor-pointer items-baseline gap-3 px-3 py-2 text-sm',
              i === active ? 'bg-brand-50' : 'hover:bg-slate-50',
            )}
          >
            <span className="w-14 shrink-0 font-mono font-semibold text-slate-900">{s.code}</span>
            <span className="min-w-0 flex-1 truncate text-slate-700">{s.shortDescription}</span>
            <span className="tabular shrink-0 text-xs text-slate-600">
              {s.aspDrug ? 'ASP drug' : s.workRvu !== null ? `${formatRvu(s.workRvu)} wRVU` : ''}
            </span>
          </li>
        ))}
      </ul>
      <p className="sr-only" aria-live="polite">
        {expanded ? `${suggestions.length} matching codes` : ''}
      </p>
    </form>
  );
}
