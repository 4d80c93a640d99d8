// The mail module against a real SMTP server (smtp-server) on loopback, read back with mailparser.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMailer } from './mailer';
import { passwordResetMail } from './templates/password-reset';

let server: SMTPServer;
let port: number;
const received: ParsedMail[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('mailer', () => {
  it('sends through SMTP_URL with MAIL_FROM, as text and escaped HTML', async () => {
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'Benchline <no-reply@bench.test>',
    });
    const link = 'http://192.168.1.5:3000/reset-password?token=abc&x=<y>';
    const sent = await mailer.send(
      passwordResetMail({ to: 'ada@bench.test', name: 'Dr. <Ada>', link, minutes: 30 }),
    );
    expect(sent.via).toBe('smtp');
    const mail = received.at(-1)!;
    expect(mail.subject).toBe('Reset your Benchline password');
    expect(mail.from?.value[0]).toMatchObject({ name: 'Benchline', address: 'no-reply@bench.test' });
    expect((Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text).toBe('ada@bench.test');
    expect(mail.text).toContain(link);
    expect(mail.text).toContain('expires in 30 minutes');
    expect(mail.html).toContain('Dr. &lt;Ada&gt;');
    expect(mail.html).toContain('token=abc&amp;x=&lt;y&gt;');
    expect(mail.html).not.toContain('<Ada>');
  });

  it('prints the message on the console when no SMTP server is configured', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const sent = await createMailer({ from: 'Benchline <x@y.test>' }).send({
      to: 'bob@bench.test',
      subject: 'Hello',
      text: 'Open http://localhost:3000/x',
    });
    expect(sent.via).toBe('console');
    const printed = String(log.mock.calls[0][0]);
    expect(printed).toContain('to:      bob@bench.test');
    expect(printed).toContain('Open http://localhost:3000/x');
    log.mockRestore();
  });

  it('fails clearly when the SMTP server is unreachable', async () => {
    const mailer = createMailer({ smtpUrl: 'smtp://127.0.0.1:1', from: 'x@y.test' });
    await expect(mailer.send({ to: 'a@b.test', subject: 's', text: 't' })).rejects.toThrow(
      /ECONNREFUSED|connect/,
    );
  });
});
