/** @jsxRuntime automatic */
import { Link } from '@react-email/components';
import { BRAND, BrandLayout, CodeCard, Paragraph, Small } from './brand-layout.tsx';
import {
  eventWhen,
  momentWords,
  eventWhere,
  eventWords,
  type InvitationData,
  type MessageLocale,
} from './event-data.ts';

/**
 * Invitation messages: the invitation itself (marketing); the place freed for her and the
 * reminder the day before, about an event she accepted (service messages).
 */
export type InvitationMessageKind = 'INVITATION' | 'WAITLIST_PLACE' | 'INVITATION_REMINDER';

const COPY = {
  en: {
    hello: (name: string) => `Hello ${name},`,
    INVITATION: {
      subject: (event: string) => `You're invited: ${event}`,
      intro: (event: string) => `As one of our members, you are invited to ${event}.`,
      sms: (first: string, event: string, when: string, where: string, url: string) =>
        `Fidèle: ${first}, you're invited to ${event}, ${when}, ${where}. Answer: ${url}`,
    },
    WAITLIST_PLACE: {
      subject: (event: string) => `A place is yours: ${event}`,
      intro: (event: string) => `A place freed up for you at ${event}.`,
      sms: (first: string, event: string, when: string, where: string, url: string) =>
        `Fidèle: ${first}, a place freed up for you at ${event}, ${when}, ${where}: ${url}`,
    },
    INVITATION_REMINDER: {
      subject: (event: string) => `Tomorrow: ${event}`,
      intro: (event: string) => `A reminder: you are expected tomorrow at ${event}.`,
      sms: (first: string, event: string, when: string, where: string, url: string) =>
        `Fidèle: ${first}, see you tomorrow at ${event}, ${when}, ${where}. Your pass: ${url}`,
    },
    confirmBy: (deadline: string) =>
      `Confirm it in your portal by ${deadline}; after that it goes to the next person on the waitlist.`,
    smsConfirmBy: (deadline: string) => `Confirm by ${deadline}.`,
    when: 'When',
    where: 'Where',
    button: 'Answer in your portal',
    placeButton: 'See my invitation',
    code: 'Your personal code: show it at the entrance.',
    marketingFooter: 'You receive this email because you agreed to hear from us by email.',
    unsubscribe: 'Unsubscribe from our emails',
    serviceFooter: 'You receive this email about an event you accepted.',
    stop: 'STOP: reply STOP',
  },
  fr: {
    hello: (name: string) => `Bonjour ${name},`,
    INVITATION: {
      subject: (event: string) => `Vous êtes invité·e : ${event}`,
      intro: (event: string) => `En tant que membre, vous êtes invité·e à ${event}.`,
      sms: (first: string, event: string, when: string, where: string, url: string) =>
        `Fidèle : ${first}, nous vous invitons à ${event}, ${when}, ${where}. Répondez : ${url}`,
    },
    WAITLIST_PLACE: {
      subject: (event: string) => `Une place pour vous : ${event}`,
      intro: (event: string) => `Une place s'est libérée pour vous à ${event}.`,
      sms: (first: string, event: string, when: string, where: string, url: string) =>
        `Fidèle : ${first}, une place s'est libérée pour vous à ${event}, ${when}, ${where} : ${url}`,
    },
    INVITATION_REMINDER: {
      subject: (event: string) => `C'est demain : ${event}`,
      intro: (event: string) => `Petit rappel : nous vous attendons demain à ${event}.`,
      sms: (first: string, event: string, when: string, where: string, url: string) =>
        `Fidèle : ${first}, à demain pour ${event}, ${when}, ${where}. Votre pass : ${url}`,
    },
    confirmBy: (deadline: string) =>
      `Confirmez-la dans votre espace avant le ${deadline} ; ensuite, elle passe à la personne suivante de la liste d'attente.`,
    smsConfirmBy: (deadline: string) => `A confirmer avant le ${deadline}.`,
    when: 'Quand',
    where: 'Où',
    button: 'Répondre dans votre espace',
    placeButton: 'Voir mon invitation',
    code: "Votre code personnel : présentez-le à l'entrée.",
    marketingFooter: 'Vous recevez cet e-mail car vous avez accepté nos messages par e-mail.',
    unsubscribe: 'Se désinscrire de nos e-mails',
    serviceFooter: 'Vous recevez cet e-mail au sujet d’un événement que vous avez accepté.',
    stop: 'STOP : répondez STOP',
  },
} as const;

export type InvitationMessageInput = {
  kind: InvitationMessageKind;
  data: InvitationData;
  locale: MessageLocale;
  firstName: string;
  marketing: boolean;
  /** The portal page where she answers and finds her QR. */
  invitationsUrl: string;
  /** The page that withdraws her email consent in one click (marketing messages). */
  unsubscribeUrl?: string;
};

export const invitationSubject = ({ kind, data, locale }: InvitationMessageInput) =>
  COPY[locale][kind].subject(eventWords(data, locale).name);

/** The email: what, when, where, the event's text, the personal code and its QR. */
export const InvitationEmail = ({
  input,
  qrSrc,
}: {
  input: InvitationMessageInput;
  /** The QR's image: the attachment's `cid:` when sent, a data URL in a preview. */
  qrSrc: string;
}) => {
  const { kind, data, locale, firstName, marketing, invitationsUrl, unsubscribeUrl } = input;
  const copy = COPY[locale];
  const { name, text } = eventWords(data, locale);
  return (
    <BrandLayout
      locale={locale}
      preview={copy[kind].subject(name)}
      button={{
        label: kind === 'INVITATION' ? copy.button : copy.placeButton,
        url: invitationsUrl,
      }}
      footer={
        marketing ? (
          <Small>
            {copy.marketingFooter}{' '}
            {unsubscribeUrl ? (
              <Link
                href={unsubscribeUrl}
                style={{ color: BRAND.muted, textDecoration: 'underline' }}
              >
                {copy.unsubscribe}
              </Link>
            ) : null}
          </Small>
        ) : (
          <Small>{copy.serviceFooter}</Small>
        )
      }
    >
      <Paragraph>{copy.hello(firstName)}</Paragraph>
      <Paragraph>{copy[kind].intro(name)}</Paragraph>
      {data.offerExpiresAt ? (
        <Paragraph>{copy.confirmBy(momentWords(data.offerExpiresAt, locale, 'long'))}</Paragraph>
      ) : null}
      <Paragraph>
        <strong>{copy.when}</strong> · {eventWhen(data, locale, 'long')}
        <br />
        <strong>{copy.where}</strong> · {eventWhere(data, locale)}
      </Paragraph>
      {text ? <Paragraph>{text}</Paragraph> : null}
      <CodeCard code={data.code} qrSrc={qrSrc} caption={copy.code} />
    </BrandLayout>
  );
};

/** The SMS: short, with the link; a marketing one ends with how to stop them. */
export const invitationSms = (input: InvitationMessageInput): string => {
  const { kind, data, locale, firstName, marketing, invitationsUrl } = input;
  const copy = COPY[locale];
  const body = copy[kind].sms(
    firstName,
    eventWords(data, locale).name,
    eventWhen(data, locale, 'short'),
    eventWhere(data, locale),
    invitationsUrl,
  );
  const confirm = data.offerExpiresAt
    ? ` ${copy.smsConfirmBy(momentWords(data.offerExpiresAt, locale, 'short'))}`
    : '';
  return marketing ? `${body}${confirm} ${copy.stop}` : `${body}${confirm}`;
};
