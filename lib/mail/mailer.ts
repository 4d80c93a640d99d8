// Mail delivery. With SMTP_URL, nodemailer sends through that server; without one (the embedded
// default) every message is printed on the server console instead, so a local install can still
// follow a password-reset link. Features call sendMail() and never talk to nodemailer themselves.
import 'server-only';
import nodemailer from 'nodemailer';
import { env } from '@/lib/env';
import type { MailMessage, Mailer, SentMail } from './types';

/** A mailer for an SMTP URL (smtp://user:pass@host:587, smtps://host:465), or the console. */
export function createMailer({ smtpUrl, from }: { smtpUrl?: string; from: string }): Mailer {
  if (!smtpUrl) return consoleMailer(from);
  // Fail fast instead of holding a request while an SMTP server does not answer.
  const transport = nodemailer.createTransport(smtpUrl, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(message: MailMessage): Promise<SentMail> {
      const info = await transport.sendMail({ from, ...message });
      return { via: 'smtp', messageId: info.messageId };
    },
  };
}

function consoleMailer(from: string): Mailer {
  return {
    async send({ to, subject, text }: MailMessage): Promise<SentMail> {
      const line = '─'.repeat(64);
      console.log(
        `\n${line}\n  Mail (no SMTP_URL set, so it is printed here instead of sent)\n  from:    ${from}\n  to:      ${to}\n  subject: ${subject}\n\n${text
          .split('\n')
          .map((l) => `  ${l}`)
          .join('\n')}\n${line}\n`,
      );
      return { via: 'console' };
    },
  };
}

const globalForMail = globalThis as unknown as { benchlineMailer?: Mailer };

/** Sends one message with the configured mailer (SMTP_URL / MAIL_FROM). */
export function sendMail(message: MailMessage): Promise<SentMail> {
  globalForMail.benchlineMailer ??= createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM });
  return globalForMail.benchlineMailer.send(message);
}
