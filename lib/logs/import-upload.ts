// Reading an uploaded CSV from a multipart request, shared by the import preview and commit routes.
import 'server-only';
import { AppError } from '@/lib/errors';
import { readFormData } from '@/lib/http/body';

export const MAX_IMPORT_BYTES = 15 * 1024 * 1024;

// The multipart envelope around the file (boundaries, part headers, other fields) on top.
const ENVELOPE_BYTES = 64 * 1024;

export async function readUploadedCsv(request: Request): Promise<{ name: string; text: string }> {
  const form = await readFormData(request, MAX_IMPORT_BYTES + ENVELOPE_BYTES, 'The file');
  const file = form?.get('file');
  if (!(file instanceof File) || file.size === 0)
    throw new AppError('VALIDATION', 'Choose a CSV file.', { file: ['Choose a CSV file.'] });
  if (file.size > MAX_IMPORT_BYTES)
    throw new AppError('TOO_LARGE', 'Files up to 15 MB (about 200,000 rows).', { file: ['Too large.'] });
  return { name: file.name.slice(0, 200), text: await file.text() };
}
