import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium (apt-get install chromium) unless CHROMIUM_PATH points elsewhere; Playwright's
// own browser when neither exists. Runs against a production build served by the real launcher.
const chromium =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT || 3210);
const baseURL = `http://127.0.0.1:${port}`;
// The test SMTP server (e2e/mail-server.ts, started as global setup) listens here; the app mails to it.
const smtpPort = Number(process.env.E2E_SMTP_PORT || port + 20_000);

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/mail-server.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: /mobile\.spec\.ts/ },
    {
      name: 'mobile',
      use: { ...devices['Pixel 7'], viewport: { width: 375, height: 760 } },
      testMatch: /mobile\.spec\.ts/,
    },
  ],
  webServer: {
    command: 'node scripts/run.mjs start',
    url: `${baseURL}/api/health`,
    // No NEXTAUTH_URL, as in the embedded default: the app answers on whatever address a test uses
    // (127.0.0.1 or localhost), and its redirects and mailed links follow that address.
    env: {
      PORT: String(port),
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: 'Benchline <no-reply@e2e.test>',
    },
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
