import { createTransport } from 'nodemailer';

export type Email = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Images the HTML shows by `cid:`. */
  attachments?: { filename: string; content: Buffer; cid: string; contentType: string }[];
  /** The Message-ID: the same for every attempt at one message, so a resend is one message. */
  messageId?: string;
  headers?: Record<string, string>;
};

export type Mailer = { send: (email: Email) => Promise<void> };

export type MailerOptions = {
  /** e.g. smtp://127.0.0.1:1025 (the development catcher) or smtps://user:pass@host:465 */
  smtpUrl: string;
  /** e.g. `Fidèle <no-reply@fidele.example>` */
  from: string;
  /** Keep a few connections open, for a process that sends many emails (the worker). */
  pool?: boolean;
};

/**
 * Bounds on a send, unless the URL sets its own: an outbox message belongs to its sending job
 * for a lease (two minutes by default), and a send must end well within it, or the message would
 * be sent again while the first attempt still runs.
 */
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

/** Sends email over SMTP; a message the server refuses for any recipient is an error. */
export const createMailer = ({ smtpUrl, from, pool = false }: MailerOptions): Mailer => {
  const url = new URL(smtpUrl);
  for (const [name, ms] of Object.entries(TIMEOUTS))
    if (!url.searchParams.has(name)) url.searchParams.set(name, String(ms));
  if (pool) {
    url.searchParams.set('pool', 'true');
    // An SMTP round trip is mostly waiting: ten connections send about four times what five do.
    url.searchParams.set('maxConnections', '10');
  }
  const transport = createTransport(url.toString());
  return {
    send: async (email) => {
      const result = await transport.sendMail({ from, ...email });
      const failed = [...result.rejected, ...(result.pending ?? [])].filter(Boolean);
      if (failed.length)
        throw new Error(`The SMTP server refused the message for ${failed.length} recipient(s)`);
    },
  };
};
