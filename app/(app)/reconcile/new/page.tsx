import type { Metadata } from 'next';
import { PageHeader } from '@/components/shell/page-header';
import { UploadWizard } from '@/components/reconcile/upload-wizard';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'New reconciliation' };

export default async function NewReconciliationPage() {
  await requireUser('/reconcile/new');
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="New reconciliation"
        description="Upload the report, check the column mapping and the preview, then confirm. Nothing is stored until you confirm."
      />
      <UploadWizard />
    </div>
  );
}
