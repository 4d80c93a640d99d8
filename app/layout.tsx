import type { Metadata, Viewport } from 'next';
import { Toaster } from 'sonner';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Benchline - wRVU logging and benchmarking', template: '%s · Benchline' },
  description: 'Log procedures in seconds, see the work RVUs they earn under the CMS Physician Fee Schedule, and benchmark your productivity against your specialty.',
  applicationName: 'Benchline',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#14806c' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        {children}
        <Toaster position="top-center" richColors closeButton />
      </body>
    </html>
  );
}
