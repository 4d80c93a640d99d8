import { NextResponse } from 'next/server';
import { checkHealth } from '@/lib/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const health = await checkHealth();
  return NextResponse.json(
    { status: health.ok ? 'ok' : 'unavailable', database: health.database, latencyMs: health.latencyMs },
    { status: health.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}
