// The documented benchmark CSV template (lib/benchmarks/csv.ts), as a download.
import { BENCHMARK_CSV_TEMPLATE } from '@/lib/benchmarks/csv';
import { getCurrentUser } from '@/lib/session';

export async function GET() {
  if (!(await getCurrentUser())) return new Response('Sign in to continue.', { status: 401 });
  return new Response(BENCHMARK_CSV_TEMPLATE, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="benchline-benchmark-template.csv"',
      'Cache-Control': 'no-store',
    },
  });
}
