// Importing one CMS catalog file: recognise and parse it (pure parsers), then write everything in ONE
// transaction together with its CatalogImport history row. The same bytes again (same sha256) change
// nothing and say so; a malformed file fails with file, line and reason before anything is written,
// and any failure while writing rolls the whole import back.
import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/errors';
import type { CatalogImportKind, Prisma } from '@/lib/generated/prisma/client';
import { writeAsp, writeHcpcs } from './import-hcpcs-asp';
import { writePprrvu } from './import-pprrvu';
import { describeImportSummary, type CatalogImportSummary } from './import-summary';
import { parseCatalogFile } from './parse';
import type { ParsedCatalogFile } from './types';
import { invalidateTypoIndex } from './typo-index';

export type ImportProgress = { phase: 'parse' | 'write' | 'done'; done: number; total: number };

export type ImportCatalogOptions = {
  buffer: Uint8Array;
  fileName: string;
  releaseId?: string; // PFS release id (RVU25D) or ASP quarter (2025Q4); overrides the file
  importedBy?: string;
  replace?: boolean; // overwrite a fully imported release of the same id
  onProgress?: (progress: ImportProgress) => void;
};

export type ImportCatalogResult = {
  status: 'imported' | 'already-imported';
  importId: string;
  kind: CatalogImportKind;
  fileName: string;
  sha256: string;
  releaseId: string | null; // PFS release id or ASP quarter
  summary: CatalogImportSummary;
  message: string;
};

// A full release is ~19k rows in a few statements; allow generously for slow disks.
const TX_OPTIONS = { timeout: 300_000, maxWait: 30_000 };

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The earlier import of these exact bytes, if its data is still what the catalog holds. It is not
 * when a later file replaced it (a corrected release imported with replace, or a newer ASP or HCPCS
 * file of the same kind and period): then importing these bytes again is a real change.
 */
async function alreadyImported(sha256: string, fileName: string): Promise<ImportCatalogResult | null> {
  const prior = await db.catalogImport.findFirst({ where: { sha256 } });
  if (!prior) return null;
  const [latest, release] = await Promise.all([
    db.catalogImport.findFirst({
      where: { kind: prior.kind, releaseId: prior.releaseId },
      orderBy: { importedAt: 'desc' },
      select: { id: true },
    }),
    prior.kind === 'PPRRVU' && prior.releaseId
      ? db.rvuRelease.findUnique({ where: { id: prior.releaseId }, select: { sha256: true } })
      : null,
  ]);
  const current = latest?.id === prior.id && (prior.kind !== 'PPRRVU' || release?.sha256 === sha256);
  if (!current) return null;
  return {
    status: 'already-imported',
    importId: prior.id,
    kind: prior.kind,
    fileName,
    sha256,
    releaseId: prior.releaseId,
    summary: prior.summary as unknown as CatalogImportSummary,
    message: `${fileName} was already imported on ${prior.importedAt.toISOString().slice(0, 10)} (as ${prior.sourceFile}); nothing changed.`,
  };
}

function releaseOf(parsed: ParsedCatalogFile): string | null {
  if (parsed.kind === 'PPRRVU') return parsed.file.meta.id;
  return parsed.kind === 'ASP' ? parsed.file.quarter : null;
}

export type WriteCatalogFileOptions = {
  sha256: string;
  sourceFile: string;
  replace?: boolean;
  importedBy?: string;
  onRows?: (done: number, total: number) => void;
};

/**
 * Write one parsed file and its CatalogImport history row inside the caller's transaction (the
 * importer's, or the starter loader's, which records the CMS file each release was built from).
 */
export async function writeCatalogFile(
  tx: Prisma.TransactionClient,
  parsed: ParsedCatalogFile,
  options: WriteCatalogFileOptions,
): Promise<{ id: string; summary: CatalogImportSummary }> {
  const { sha256 } = options;
  let summary: CatalogImportSummary;
  if (parsed.kind === 'PPRRVU') {
    summary = await writePprrvu(tx, parsed.file, {
      sha256,
      sourceFile: options.sourceFile,
      replace: options.replace,
      onRows: options.onRows,
    });
    if (parsed.skipped?.length) summary = { ...summary, skipped: parsed.skipped };
  } else if (parsed.kind === 'HCPCS') {
    summary = await writeHcpcs(tx, parsed.file);
  } else {
    summary = await writeAsp(tx, parsed.file);
  }
  // Upsert: bytes imported before and since replaced get their history row brought up to date.
  const data = {
    sourceFile: options.sourceFile,
    releaseId: releaseOf(parsed),
    summary: summary as unknown as Prisma.InputJsonValue,
    importedBy: options.importedBy ?? null,
  };
  const row = await tx.catalogImport.upsert({
    where: { kind_sha256: { kind: parsed.kind, sha256 } },
    create: { kind: parsed.kind, sha256, ...data },
    update: { ...data, importedAt: new Date() },
    select: { id: true },
  });
  return { id: row.id, summary };
}

export async function importCatalogFile(options: ImportCatalogOptions): Promise<ImportCatalogResult> {
  const { buffer, fileName, onProgress } = options;
  const sha256 = sha256Hex(buffer);
  const prior = await alreadyImported(sha256, fileName);
  if (prior) return prior;

  onProgress?.({ phase: 'parse', done: 0, total: 1 });
  const parsed = await parseCatalogFile(buffer, fileName, { releaseId: options.releaseId });
  onProgress?.({ phase: 'parse', done: 1, total: 1 });

  try {
    const record = await db.$transaction(
      (tx) =>
        writeCatalogFile(tx, parsed, {
          sha256,
          sourceFile: fileName,
          replace: options.replace,
          importedBy: options.importedBy,
          onRows: (done, total) => onProgress?.({ phase: 'write', done, total }),
        }),
      TX_OPTIONS,
    );
    invalidateTypoIndex(); // new descriptors: rebuild the typo word index from them
    onProgress?.({ phase: 'done', done: 1, total: 1 });
    const same = record.summary.kind === 'PPRRVU' && record.summary.existing === 'same';
    return {
      status: same ? 'already-imported' : 'imported',
      importId: record.id,
      kind: parsed.kind,
      fileName,
      sha256,
      releaseId: releaseOf(parsed),
      summary: record.summary,
      message: describeImportSummary(record.summary),
    };
  } catch (err) {
    // The same file imported concurrently: the other import won the unique (kind, sha256) row.
    if (isUniqueViolation(err)) {
      const winner = await alreadyImported(sha256, fileName);
      if (winner) return winner;
    }
    throw err;
  }
}
