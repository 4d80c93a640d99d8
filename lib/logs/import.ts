// Bulk import of past procedures from CSV: preview (parse + price, nothing written) and commit
// (all-or-nothing in one transaction). The same file (by sha256) is never imported twice, and entry
// ids derive from the file and row, so a retried commit cannot duplicate anything.
import 'server-only';
import { createHash } from 'node:crypto';
import { db, sqlOf } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/session';
import type { CreditPolicy, LineResult, ProcedureLine } from '@/lib/rvu/types';
import { parseProcedureCsv, type ImportLine, type ParsedImport } from './csv-import';
import {
  loadPolicy,
  loadPricingCatalog,
  priceWithCatalog,
  pricedEntryFields,
  type PricingSource,
} from './pricing';
import { lockUserLogShared } from './user-lock';

const CHUNK = 2_000;
export const PREVIEW_ROWS = 200;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
function entryId(userId: string, fileSha: string, index: number) {
  const h = createHash('sha256').update(`${userId}:${fileSha}:${index}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

type PricedChunk = { indexes: number[]; lines: ProcedureLine[]; results: LineResult[]; policy: CreditPolicy };

/**
 * Prices the file's lines in chunks of whole encounters (about CHUNK lines each), so neither the
 * priced results nor the rows to insert are ever all in memory at once. Imported encounters are
 * namespaced by file so they never merge with encounters logged by hand.
 */
async function* pricedChunks(
  actor: Actor,
  parsed: ParsedImport,
  fileSha: string,
  source: PricingSource = db,
): AsyncGenerator<PricedChunk> {
  const lineOf = (i: number): ProcedureLine => {
    const l = parsed.lines[i];
    return {
      id: entryId(actor.id, fileSha, i),
      dateOfService: l.dateOfService,
      code: l.code,
      modifiers: l.modifiers,
      units: l.units,
      encounterKey: `import:${fileSha.slice(0, 12)}:${l.encounter}`,
    };
  };
  // Line indexes grouped by encounter (an encounter's lines may be anywhere in the file).
  const byEncounter = new Map<string, number[]>();
  parsed.lines.forEach((l, i) => {
    const key = `${l.dateOfService}|${l.encounter}`;
    const list = byEncounter.get(key);
    if (list) list.push(i);
    else byEncounter.set(key, [i]);
  });
  const probe = [...new Map(parsed.lines.map((l) => [`${l.dateOfService}|${l.code}`, l])).values()];
  const [catalog, policy] = await Promise.all([
    loadPricingCatalog(source, probe),
    loadPolicy(source, actor.id),
  ]);
  let indexes: number[] = [];
  const flush = (): PricedChunk => {
    const lines = indexes.map(lineOf);
    const chunk = { indexes, lines, results: priceWithCatalog(lines, catalog, policy), policy };
    indexes = [];
    return chunk;
  };
  for (const group of byEncounter.values()) {
    indexes.push(...group);
    if (indexes.length >= CHUNK) yield flush();
  }
  if (indexes.length) yield flush();
}

async function unknownCodeErrors(lines: ImportLine[]) {
  const codes = [...new Set(lines.map((l) => l.code))];
  const known = new Set(
    (await db.code.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((c) => c.code),
  );
  return lines
    .filter((l) => !known.has(l.code))
    .map((l) => ({ row: l.row, message: `code ${l.code} is not in the catalog` }));
}

export type ImportPreview = {
  format: string;
  rowCount: number;
  lineCount: number;
  totalWrvu: number;
  alreadyImported: boolean;
  errors: { row: number; message: string }[];
  /** Lines priced with a release from an earlier year (older) or before the earliest one (newer). */
  releaseFit: { older: number; newer: number };
  sample: {
    row: number;
    dateOfService: string;
    code: string;
    modifiers: string[];
    units: number;
    encounter: string;
    description: string;
    creditedWrvu: number;
    reason?: string;
    releaseFit: LineResult['releaseFit'];
  }[];
};

export async function previewImport({ actor, text }: { actor: Actor; text: string }): Promise<ImportPreview> {
  const parsed = parseProcedureCsv(text);
  const fileSha = sha256(text);
  const errors = [...parsed.errors, ...(await unknownCodeErrors(parsed.lines))].sort((a, b) => a.row - b.row);
  const already = await db.entryImport.findUnique({
    where: { userId_sha256: { userId: actor.id, sha256: fileSha } },
    select: { id: true },
  });
  let total = 0;
  const releaseFit = { older: 0, newer: 0 };
  const sample = new Map<number, LineResult>();
  for await (const chunk of pricedChunks(actor, parsed, fileSha)) {
    chunk.results.forEach((r, j) => {
      total += r.creditedWrvu;
      if (r.releaseFit === 'older') releaseFit.older++;
      else if (r.releaseFit === 'newer') releaseFit.newer++;
      if (chunk.indexes[j] < PREVIEW_ROWS) sample.set(chunk.indexes[j], r);
    });
  }
  const descriptions = new Map(
    (
      await db.code.findMany({
        where: { code: { in: [...new Set(parsed.lines.slice(0, PREVIEW_ROWS).map((l) => l.code))] } },
        select: { code: true, shortDescription: true },
      })
    ).map((c) => [c.code, c.shortDescription]),
  );
  return {
    format: parsed.format,
    rowCount: parsed.rowCount,
    lineCount: parsed.lines.length,
    totalWrvu: Math.round(total * 100) / 100,
    alreadyImported: Boolean(already),
    errors,
    releaseFit,
    sample: parsed.lines.slice(0, PREVIEW_ROWS).map((l, i) => ({
      ...l,
      description: descriptions.get(l.code) ?? '',
      creditedWrvu: sample.get(i)!.creditedWrvu,
      reason: sample.get(i)!.reason,
      releaseFit: sample.get(i)!.releaseFit,
    })),
  };
}

export type CommitResult = { imported: number; alreadyImported: boolean; importId: string };

/** Writes every line or nothing. Refuses a file with any bad row; a repeat of the same file adds nothing. */
export async function commitImport({
  actor,
  text,
  fileName,
  onProgress,
}: {
  actor: Actor;
  text: string;
  fileName: string;
  onProgress?: (done: number, total: number) => void;
}): Promise<CommitResult> {
  const parsed = parseProcedureCsv(text);
  const fileSha = sha256(text);
  const errors = [...parsed.errors, ...(await unknownCodeErrors(parsed.lines))];
  if (errors.length)
    throw new AppError(
      'VALIDATION',
      `The file has ${errors.length} row${errors.length > 1 ? 's' : ''} with errors; nothing was imported. Fix them and upload again.`,
    );
  if (!parsed.lines.length) throw new AppError('VALIDATION', 'The file has no procedures to import.');
  const existing = await db.entryImport.findUnique({
    where: { userId_sha256: { userId: actor.id, sha256: fileSha } },
    select: { id: true },
  });
  if (existing) return { imported: 0, alreadyImported: true, importId: existing.id };

  const total = parsed.lines.length;
  return db.$transaction(
    async (tx) => {
      // A writer of the user's log: shared with other writes, waits for a whole-log re-pricing.
      await lockUserLogShared(sqlOf(tx), [actor.id]);
      const batch = await tx.entryImport.create({
        data: {
          userId: actor.id,
          fileName: fileName.slice(0, 200),
          sha256: fileSha,
          format: parsed.format,
          rowCount: parsed.rowCount,
        },
        select: { id: true },
      });
      const siteNames = [...new Set(parsed.lines.map((l) => l.site).filter((s): s is string => Boolean(s)))];
      if (siteNames.length)
        await tx.site.createMany({
          data: siteNames.map((name) => ({ userId: actor.id, name: name.slice(0, 80) })),
          skipDuplicates: true,
        });
      const sites = new Map(
        (
          await tx.site.findMany({
            where: { userId: actor.id, name: { in: siteNames } },
            select: { id: true, name: true },
          })
        ).map((s) => [s.name, s.id]),
      );
      let done = 0;
      for await (const chunk of pricedChunks(actor, parsed, fileSha, tx)) {
        const rows = chunk.lines.map((line, j) => {
          const src = parsed.lines[chunk.indexes[j]];
          return {
            id: line.id,
            userId: actor.id,
            dateOfService: line.dateOfService,
            code: line.code,
            modifiers: line.modifiers,
            units: line.units,
            encounterKey: line.encounterKey,
            siteId: src.site ? (sites.get(src.site.slice(0, 80)) ?? null) : null,
            setting: src.setting ?? 'FACILITY',
            role: src.role ?? null,
            note: src.note ?? null,
            importId: batch.id,
            ...pricedEntryFields(chunk.results[j], chunk.policy),
          };
        });
        await tx.$executeRawUnsafe(INSERT_SQL, JSON.stringify(rows));
        done += rows.length;
        onProgress?.(done, total);
      }
      await tx.auditEvent.create({
        data: {
          actorId: actor.id,
          entityType: 'EntryImport',
          entityId: batch.id,
          action: 'entries.import',
          after: { fileName, sha256: fileSha, entries: total },
        },
      });
      return { imported: total, alreadyImported: false, importId: batch.id };
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
}

// One INSERT per chunk: the priced rows as one JSON parameter (no ORM per-row work).
const INSERT_SQL = `INSERT INTO "LogEntry" (id, "userId", "dateOfService", code, modifiers, units, "encounterKey", "siteId", setting, role, note,
    "importId", "releaseId", "releaseFit", status, "baseWorkRvu", "creditedWrvu", excluded, explanation, policy, "createdAt", "updatedAt")
  SELECT id, "userId", "dateOfService", code, modifiers, units, "encounterKey", "siteId", setting, role, note, "importId", "releaseId",
    "releaseFit", status, "baseWorkRvu", "creditedWrvu", excluded, explanation, policy, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
  FROM jsonb_to_recordset($1::jsonb) AS x(id text, "userId" text, "dateOfService" date, code text, modifiers text[], units int,
    "encounterKey" text, "siteId" text, setting "Setting", role text, note text, "importId" text, "releaseId" text, "releaseFit" "ReleaseFit",
    status text, "baseWorkRvu" numeric, "creditedWrvu" numeric, excluded boolean, explanation jsonb, policy jsonb)`;
