import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import { Toaster } from 'sonner';
import { releaseRenderOnCompletion } from '@/lib/render-retention';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Benchline - wRVU logging and benchmarking', template: '%s · Benchline' },
  description:
    'Log procedures in seconds, see the work RVUs they earn under the CMS Physician Fee Schedule, and benchmark your productivity against your specialty.',
  applicationName: 'Benchline',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#14806c' };

// Every page is rendered per request so Next can stamp the CSP nonce (from proxy.ts) on its scripts.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Lets the heap release each render once it completes (see lib/render-retention.ts).
  releaseRenderOnCompletion();
  await headers();
  return (
    <html lang="en">
      <body className="min-h-dvh">
        {children}
        {/* Short-lived, dismissible, at most two at once; repeated actions reuse one toast id. */}
        <Toaster position="top-center" richColors closeButton duration={4000} visibleToasts={2} />
      </body>
    </html>
  );
}
