import nodemailer from 'nodemailer';

/*
 * Email through an SMTP server (SMTP_URL; REVIEW_EMAIL_FROM for key workers, SAFEGUARDING_EMAIL_FROM
 * for safeguarding leads). Small on purpose:
 * the one place that knows about nodemailer.
 */

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: EmailMessage): Promise<void>;
  close(): void;
}

export function smtpMailer(settings: { smtpUrl: string; from: string }): Mailer {
  const transport = nodemailer.createTransport(settings.smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from: settings.from, to: message.to, subject: message.subject, text: message.text });
    },
    close: () => transport.close(),
  };
}
