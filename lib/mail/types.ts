// What a feature hands to the mail module: one message, plain text always, HTML optional.
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
};

export type SentMail = { via: 'smtp' | 'console'; messageId?: string };

export interface Mailer {
  send(message: MailMessage): Promise<SentMail>;
}
