'use server';
// Entry point for the CSV import preview (the commit streams progress from a route handler).
import { z } from 'zod';
import { authedAction } from '@/lib/action';
import { previewImport } from './import';

export const MAX_IMPORT_BYTES = 15 * 1024 * 1024;

const previewSchema = z.object({
  file: z.instanceof(File, { message: 'Choose a CSV file.' }).refine((f) => f.size > 0, 'The file is empty.').refine((f) => f.size <= MAX_IMPORT_BYTES, 'Files up to 15 MB (about 200,000 rows).'),
});

export const previewImportAction = authedAction(previewSchema, async ({ file }, actor) => previewImport({ actor, text: await file.text() }));
