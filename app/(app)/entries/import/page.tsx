import type { Metadata } from 'next';
import { PageHeader } from '@/components/shell/page-header';
import { ImportWizard } from '@/components/entries/import-wizard';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Import procedures' };

export default async function ImportPage() {
  await requireUser('/entries/import');
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Import past procedures"
        description="Upload a CSV, check the preview, then confirm. Nothing is saved until you confirm, and a file is never imported twice."
      />
      <ImportWizard />
    </div>
  );
}
