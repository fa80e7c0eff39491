import type { Transporter } from 'nodemailer';

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

/** The transport (and nodemailer) is made on the first email, so start-up never waits for it. */
export function smtpMailer(settings: { smtpUrl: string; from: string }): Mailer {
  let transport: Promise<Transporter> | undefined;
  let closed = false;
  return {
    async send(message) {
      transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(settings.smtpUrl));
      await (await transport).sendMail({ from: settings.from, to: message.to, subject: message.subject, text: message.text });
      if (closed) (await transport).close();
    },
    close: () => {
      closed = true;
      void transport?.then((made) => made.close());
    },
  };
}
