// The documented CSV template for bulk import (public: it contains no user data).
import { BENCHLINE_CSV_TEMPLATE } from '@/lib/logs/csv-import';

export function GET() {
  return new Response(BENCHLINE_CSV_TEMPLATE + '\n', {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="benchline-import-template.csv"',
    },
  });
}
