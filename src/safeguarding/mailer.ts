import { smtpMailer as reviewSmtpMailer, type EmailMessage, type Mailer as EmailMailer } from '../review/mailer';

/*
 * Safeguarding leads' email goes through the same SMTP mailer as key workers' email
 * (src/review/mailer.ts, the one place that knows about nodemailer), with its own From address.
 */

export type SafeguardingMail = EmailMessage;
export type Mailer = EmailMailer;

/** Email through the service's own SMTP server (`SMTP_URL`, e.g. smtps://user:pass@mail.example:465). */
export function smtpMailer(options: { url: string; from: string }): Mailer {
  return reviewSmtpMailer({ smtpUrl: options.url, from: options.from });
}
