import type { Email } from '../mailer.ts';
import { brandedEmail } from './branded-email.tsx';

export type EmailLocale = 'en' | 'fr';

/** The words of an email whose point is one button with a link. */
export type LinkEmailCopy = {
  subject: string;
  greeting: string;
  intro: string;
  button: string;
  /** Said under the button, given when the link stops working. */
  expires: (when: string) => string;
  ignore: string;
};

/** An email around one link, as text and HTML, in `locale`; every text is escaped in HTML. */
export const linkEmail = ({
  to,
  url,
  locale,
  expires,
  copy,
}: {
  to: string;
  url: string;
  locale: EmailLocale;
  expires: Date;
  copy: LinkEmailCopy;
}): Promise<Email> => {
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(expires);
  return brandedEmail({
    to,
    locale,
    subject: copy.subject,
    greeting: copy.greeting,
    intro: copy.intro,
    button: { label: copy.button, url },
    notes: [copy.expires(when), copy.ignore],
  });
};

/** "Hello Camille," or "Hello," in the locale. */
const greeting = (locale: EmailLocale, name?: string): string => {
  const hello = locale === 'fr' ? 'Bonjour' : 'Hello';
  return name ? `${hello} ${name},` : `${hello},`;
};

/** Who a personal link email goes to, and the link. */
export type PersonalLinkEmailInput = {
  to: string;
  url: string;
  locale: EmailLocale;
  expires: Date;
  name?: string;
};

/** A link email in each locale's words, greeting the person by name when it is known. */
export const personalLinkEmail =
  (copy: Record<EmailLocale, Omit<LinkEmailCopy, 'greeting'>>) =>
  ({ to, url, locale, expires, name }: PersonalLinkEmailInput): Promise<Email> =>
    linkEmail({
      to,
      url,
      locale,
      expires,
      copy: { ...copy[locale], greeting: greeting(locale, name) },
    });
