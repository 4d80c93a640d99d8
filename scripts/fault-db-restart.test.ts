// The short version of scripts/fault-db-restart.mjs inside `npm test`: PostgreSQL is stopped and
// started again under POST /api/entries load. Failures must be fast 503s, the app must recover by
// itself within 5 s, and every create answered 2xx must be in the database. The app is the
// production build (scripts/run.mjs start builds it when stale; the e2e run then reuses it).
import { describe, expect, it } from 'vitest';
import { runFaultTest } from './fault-db-restart.mjs';

type FaultResult = { ok: boolean; problems: string[]; summary: Record<string, unknown> };

describe('PostgreSQL restart under write load', () => {
  it('fails fast with 503, recovers within 5 s, loses no acknowledged create', async () => {
    const result: FaultResult = await runFaultTest({
      seconds: 14,
      restartAt: 4,
      downSeconds: 2,
      workers: 6,
      log: () => {},
    });
    console.log(`fault test: ${JSON.stringify(result.summary)}`);
    expect(result.problems).toEqual([]);
    expect(result.summary.lost).toBe(0);
    expect(result.summary.recoveryMs as number).toBeLessThanOrEqual(5000);
    expect(result.summary.maxResponseMs as number).toBeLessThan(5000);
  }, 900_000);
});
