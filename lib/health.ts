// Liveness + database readiness for GET /api/health. A short statement timeout keeps the check
// from hanging while the database is down or restarting.
import 'server-only';
import { db } from '@/lib/db';

export async function checkHealth(): Promise<{
  ok: boolean;
  database: 'up' | 'down';
  latencyMs: number;
  error?: string;
}> {
  const started = performance.now();
  try {
    await Promise.race([
      db.$queryRaw`select 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error('database check timed out')), 2000)),
    ]);
    return { ok: true, database: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    return {
      ok: false,
      database: 'down',
      latencyMs: Math.round(performance.now() - started),
      error: err instanceof Error ? err.message.split('\n')[0] : 'unknown',
    };
  }
}
