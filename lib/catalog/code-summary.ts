// The short facts about one code that the signed-in app needs (descriptor), by exact code.
import 'server-only';
import { db } from '@/lib/db';
import { codeSchema } from '@/lib/logs/schemas';

export async function getCodeSummary(raw: string) {
  const parsed = codeSchema.safeParse(raw);
  if (!parsed.success) return null;
  return db.code.findUnique({
    where: { code: parsed.data },
    select: { code: true, shortDescription: true, category: true },
  });
}
