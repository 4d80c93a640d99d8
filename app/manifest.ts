import type { MetadataRoute } from 'next';

// "Add to Home Screen" on a phone opens the log's dashboard like an app.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Benchline',
    short_name: 'Benchline',
    description: 'Log procedures, see their wRVUs, benchmark your productivity.',
    start_url: '/dashboard',
    display: 'standalone',
    background_color: '#f8fafc',
    theme_color: '#14806c',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/apple-icon.png', sizes: '180x180', type: 'image/png' },
    ],
  };
}
