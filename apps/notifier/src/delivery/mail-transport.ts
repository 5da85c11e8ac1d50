import nodemailer from 'nodemailer';

import type { NotifierConfig } from '../config/notifier-config.js';

export type OutgoingMail = {
  from: string;
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** `List-Unsubscribe` (RFC 2369), which nodemailer writes as `<url>`. */
  list: { unsubscribe: string };
  headers: Record<string, string>;
};

/** What the service needs of SMTP: send one message, get its id; close at shutdown. */
export type MailTransport = { send(mail: OutgoingMail): Promise<string>; close(): void };

/** nodemailer on `SMTP_URL`, one connection per message (a relay may drop idle pooled ones). */
export function smtpTransport(config: NotifierConfig): MailTransport {
  const transporter = nodemailer.createTransport({
    url: config.smtpUrl,
    connectionTimeout: config.send.timeoutMs,
    greetingTimeout: config.send.timeoutMs,
    socketTimeout: config.send.timeoutMs,
  });
  return {
    async send(mail) {
      const info = await transporter.sendMail(mail);
      return info.messageId;
    },
    close() {
      transporter.close();
    },
  };
}
