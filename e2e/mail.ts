// Mail in end-to-end tests: a real SMTP server (smtp-server), started once per run by the global
// setup (e2e/mail-server.ts) on a loopback port derived from E2E_PORT; the app sends to it with
// nodemailer because playwright.config.ts starts it with SMTP_URL. Each received message is parsed
// with mailparser and written as JSON into a per-port folder, so tests in any worker can wait for
// the mail sent to their own user's address.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';

export const e2ePort = Number(process.env.E2E_PORT || 3210);
export const smtpPort = Number(process.env.E2E_SMTP_PORT || e2ePort + 20_000);
export const mailDir = path.join(tmpdir(), `benchline-e2e-mail-${smtpPort}`);

export type ReceivedMail = { to: string[]; from: string; subject: string; text: string; html: string };

export function mailsTo(address: string): ReceivedMail[] {
  if (!existsSync(mailDir)) return [];
  return readdirSync(mailDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(mailDir, f), 'utf8')) as ReceivedMail)
    .filter((m) => m.to.includes(address.toLowerCase()));
}

/** Waits for the count-th mail to an address (1-based) and returns it. */
export async function waitForMail(address: string, count = 1): Promise<ReceivedMail> {
  await expect.poll(() => mailsTo(address).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(count);
  return mailsTo(address)[count - 1];
}
