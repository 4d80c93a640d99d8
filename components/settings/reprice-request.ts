// Client side of /api/credit-policy (PUT saves, DELETE resets to the CMS default): reads the NDJSON
// stream of re-pricing progress and returns the outcome.
import { ndjson } from '@/lib/http/ndjson';

export type RepriceOutcome =
  { ok: true; repriced: number } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export async function requestReprice(
  init: RequestInit,
  onProgress: (p: { done: number; total: number }) => void,
): Promise<RepriceOutcome> {
  let outcome: RepriceOutcome = {
    ok: false,
    error: 'The policy was not saved: the server could not be reached.',
  };
  const res = await fetch('/api/credit-policy', init).catch(() => null);
  if (res && !res.ok) {
    const body = (await res.json().catch(() => ({}))) as {
      error?: string;
      fieldErrors?: Record<string, string[]>;
    };
    return { ok: false, error: body.error ?? 'The policy was not saved.', fieldErrors: body.fieldErrors };
  }
  if (res?.body) {
    for await (const msg of ndjson(res.body)) {
      if (msg.type === 'progress') onProgress({ done: Number(msg.done), total: Number(msg.total) });
      if (msg.type === 'done') outcome = { ok: true, repriced: Number(msg.repriced) };
      if (msg.type === 'error') outcome = { ok: false, error: String(msg.message) };
    }
  }
  return outcome;
}
