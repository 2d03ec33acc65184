import { createTransport } from 'nodemailer';

export type Email = { to: string; subject: string; text: string; html: string };

export type Mailer = { send: (email: Email) => Promise<void> };

export type MailerOptions = {
  /** e.g. smtp://127.0.0.1:1025 (the development catcher) or smtps://user:pass@host:465 */
  smtpUrl: string;
  /** e.g. `Fidèle <no-reply@fidele.example>` */
  from: string;
};

/** Sends email over SMTP; a message the server refuses for any recipient is an error. */
export const createMailer = ({ smtpUrl, from }: MailerOptions): Mailer => {
  const transport = createTransport(smtpUrl);
  return {
    send: async (email) => {
      const result = await transport.sendMail({ from, ...email });
      const failed = [...result.rejected, ...(result.pending ?? [])].filter(Boolean);
      if (failed.length)
        throw new Error(`The SMTP server refused the message for ${failed.length} recipient(s)`);
    },
  };
};
