import nodemailer from 'nodemailer';

export interface SafeguardingMail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: SafeguardingMail): Promise<void>;
  close(): void;
}

/** Email through the service's own SMTP server (`SMTP_URL`, e.g. smtps://user:pass@mail.example:465). */
export function smtpMailer(options: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport(options.url);
  return {
    async send(mail) {
      await transport.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close() {
      transport.close();
    },
  };
}
