/** @jsxRuntime automatic */
import { Img, Link } from '@react-email/components';
import type { AutomationKind } from '@fidele/validators';
import { Fragment } from 'react';
import type { MessageWords } from './automation-words.ts';
import { BRAND, BrandLayout, CodeCard, Paragraph, Small } from './brand-layout.tsx';
import type { MessageLocale } from './event-data.ts';

const COPY = {
  en: {
    button: {
      WELCOME: 'Open my card',
      BIRTHDAY: 'See my points',
      TIER_UPGRADE: 'See my status',
      POINTS_EXPIRING: 'Choose a reward',
      CODE_EXPIRING: 'See my codes',
      INVITATION: 'Answer in your portal',
      INVITATION_REMINDER: 'See my invitation',
      WAITLIST_PLACE: 'See my invitation',
      CONTEST_WON: 'See the contest',
      RETENTION_WARNING: 'Sign in to keep my account',
    },
    when: 'When',
    where: 'Where',
    eventCode: 'Your personal code: show it at the entrance.',
    discountCode: 'Show it at the till or enter it at checkout online, until {date}.',
    benefits: 'What {tier} brings',
    birthdayGift: 'Our gift: {points} points, added to your account today.',
    prizePoints: 'Your {prize} are already in your account.',
    marketingFooter: 'You receive this email because you agreed to hear from us by email.',
    unsubscribe: 'Unsubscribe from our emails',
    serviceFooter: 'You receive this email about an event you accepted.',
    contestFooter: 'You receive this email about a contest you entered.',
    accountFooter: 'You receive this email about your membership account.',
  },
  fr: {
    button: {
      WELCOME: 'Ouvrir ma carte',
      BIRTHDAY: 'Voir mes points',
      TIER_UPGRADE: 'Voir mon statut',
      POINTS_EXPIRING: 'Choisir une récompense',
      CODE_EXPIRING: 'Voir mes codes',
      INVITATION: 'Répondre dans votre espace',
      INVITATION_REMINDER: 'Voir mon invitation',
      WAITLIST_PLACE: 'Voir mon invitation',
      CONTEST_WON: 'Voir le concours',
      RETENTION_WARNING: 'Me connecter pour garder mon compte',
    },
    when: 'Quand',
    where: 'Où',
    eventCode: "Votre code personnel : présentez-le à l'entrée.",
    discountCode: 'Présentez-le en caisse ou saisissez-le en ligne, jusqu’au {date}.',
    benefits: 'Ce que {tier} vous apporte',
    birthdayGift: 'Notre cadeau : {points} points, ajoutés à votre compte aujourd’hui.',
    prizePoints: 'Vos {prize} sont déjà sur votre compte.',
    marketingFooter: 'Vous recevez cet e-mail car vous avez accepté nos messages par e-mail.',
    unsubscribe: 'Se désinscrire de nos e-mails',
    serviceFooter: 'Vous recevez cet e-mail au sujet d’un événement que vous avez accepté.',
    contestFooter: 'Vous recevez cet e-mail au sujet d’un concours auquel vous avez participé.',
    accountFooter: 'Vous recevez cet e-mail au sujet de votre compte de membre.',
  },
} as const;

/** How a marketing SMS ends, in the customer's language. */
export const SMS_STOP: Record<MessageLocale, string> = {
  en: 'STOP: reply STOP',
  fr: 'STOP : répondez STOP',
};

/**
 * Kinds whose email carries a code with its QR, to scan at a door or a till (a contest's, when
 * its prize is a reward).
 */
export const KINDS_WITH_CODE: readonly AutomationKind[] = [
  'INVITATION',
  'INVITATION_REMINDER',
  'WAITLIST_PLACE',
  'CODE_EXPIRING',
  'CONTEST_WON',
];

/** Why a service email reaches her, when it is not about an event she accepted. */
const SERVICE_FOOTERS: Partial<Record<AutomationKind, 'contestFooter' | 'accountFooter'>> = {
  CONTEST_WON: 'contestFooter',
  RETENTION_WARNING: 'accountFooter',
};

const isEvent = (kind: AutomationKind) =>
  kind === 'INVITATION' || kind === 'INVITATION_REMINDER' || kind === 'WAITLIST_PLACE';

/** A text's paragraphs (split at blank lines), its single line breaks kept. */
const Paragraphs = ({ text }: { text: string }) =>
  text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim())
    .map((paragraph, index) => (
      <Paragraph key={index}>
        {paragraph
          .trim()
          .split('\n')
          .map((line, at) => (
            <Fragment key={at}>
              {at > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
      </Paragraph>
    ));

export type MessageEmailProps = {
  kind: AutomationKind;
  locale: MessageLocale;
  words: MessageWords;
  marketing: boolean;
  /** The values this message has (not empty): the parts of the email that show. */
  present: ReadonlySet<string>;
};

/**
 * Every message's email, written with `{placeholders}` where each customer's values go (filled
 * in after rendering, so an email is rendered once for everyone who receives it): the brand's
 * words, the details of its kind, one button, and the footer (a marketing email's carries its
 * unsubscribe link). `{buttonUrl}`, `{qrSrc}`, `{unsubscribeUrl}` and `{openPixel}` are the
 * sender's own values.
 */
export const MessageEmail = ({ kind, locale, words, marketing, present }: MessageEmailProps) => {
  const copy = COPY[locale];
  return (
    <BrandLayout
      locale={locale}
      preview={words.subject}
      button={{ label: copy.button[kind], url: '{buttonUrl}' }}
      footer={
        marketing ? (
          <Small>
            {copy.marketingFooter}{' '}
            {present.has('unsubscribeUrl') ? (
              <Link
                href="{unsubscribeUrl}"
                style={{ color: BRAND.muted, textDecoration: 'underline' }}
              >
                {copy.unsubscribe}
              </Link>
            ) : null}
          </Small>
        ) : (
          <Small>{copy[SERVICE_FOOTERS[kind] ?? 'serviceFooter']}</Small>
        )
      }
      after={
        present.has('openPixel') ? (
          <Img src="{openPixel}" width="1" height="1" alt="" style={{ display: 'block' }} />
        ) : null
      }
    >
      <Paragraphs text={words.body} />
      {isEvent(kind) ? (
        <>
          <Paragraph>
            <strong>{copy.when}</strong> · {'{when}'}
            <br />
            <strong>{copy.where}</strong> · {'{where}'}
          </Paragraph>
          {present.has('eventText') ? <Paragraph>{'{eventText}'}</Paragraph> : null}
          <CodeCard code="{code}" qrSrc="{qrSrc}" caption={copy.eventCode} />
        </>
      ) : null}
      {(kind === 'CODE_EXPIRING' || kind === 'CONTEST_WON') && present.has('code') ? (
        <CodeCard code="{code}" qrSrc="{qrSrc}" caption={copy.discountCode} />
      ) : null}
      {kind === 'CONTEST_WON' && !present.has('code') ? (
        <Paragraph>
          <strong>{copy.prizePoints}</strong>
        </Paragraph>
      ) : null}
      {kind === 'BIRTHDAY' && present.has('points') ? (
        <Paragraph>
          <strong>{copy.birthdayGift}</strong>
        </Paragraph>
      ) : null}
      {kind === 'TIER_UPGRADE' && present.has('benefits') ? (
        <>
          <Paragraph>
            <strong>{copy.benefits}</strong>
          </Paragraph>
          <Paragraph>{'{benefits}'}</Paragraph>
        </>
      ) : null}
    </BrandLayout>
  );
};
