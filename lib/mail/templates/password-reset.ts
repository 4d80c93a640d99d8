// The "reset your password" message: the single-use link and how long it lasts.
import { escapeHtml, layout } from '../html';
import type { MailMessage } from '../types';

export function passwordResetMail({
  to,
  name,
  link,
  minutes,
}: {
  to: string;
  name: string;
  link: string;
  minutes: number;
}): MailMessage {
  const subject = 'Reset your Benchline password';
  const text = [
    `Hello ${name},`,
    '',
    'Someone (hopefully you) asked to reset the password of your Benchline account. Open this link to choose a new one:',
    '',
    link,
    '',
    `The link works once and expires in ${minutes} minutes. If you did not ask for it, ignore this email: your password stays as it is.`,
  ].join('\n');
  const html = layout({
    heading: 'Reset your password',
    paragraphs: [
      `Hello ${escapeHtml(name)},`,
      'Someone (hopefully you) asked to reset the password of your Benchline account.',
    ],
    action: { label: 'Choose a new password', href: link },
    after: [
      `The link works once and expires in ${minutes} minutes. If you did not ask for it, ignore this email: your password stays as it is.`,
      `Or paste this address into your browser:<br><span style="word-break:break-all">${escapeHtml(link)}</span>`,
    ],
  });
  return { to, subject, text, html };
}
