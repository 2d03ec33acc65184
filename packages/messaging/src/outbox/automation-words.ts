import type { AutomationKind, AutomationTextField } from '@fidele/validators';
import type { MessageLocale } from './event-data.ts';

/** What a message says, with `{placeholders}`: its subject, the email's text, the SMS. */
export type MessageWords = { subject: string; body: string; sms: string };

/**
 * Each automation's words when the brand has not written its own. Paragraphs of the email are
 * separated by a blank line; the details (the event, the code and its QR, the tier's benefits)
 * and the button follow them, laid out by the template.
 */
export const DEFAULT_WORDS: Record<AutomationKind, Record<MessageLocale, MessageWords>> = {
  WELCOME: {
    en: {
      subject: 'Welcome to Fidèle, {firstName}',
      body: 'Hello {firstName},\n\nWelcome to the programme! From now on every purchase, in our shops or online, earns you points, and your points become discounts valid everywhere.\n\nYour member number is {memberCode}: give it at the till, or show your card from your portal.',
      sms: 'Fidèle: welcome {firstName}! Your member number is {memberCode}. Your card and points: {link}',
    },
    fr: {
      subject: 'Bienvenue chez Fidèle, {firstName}',
      body: 'Bonjour {firstName},\n\nBienvenue dans le programme ! Désormais, chaque achat, en boutique ou en ligne, vous rapporte des points, et vos points deviennent des réductions valables partout.\n\nVotre numéro de membre est {memberCode} : donnez-le en caisse, ou montrez votre carte depuis votre espace.',
      sms: 'Fidèle : bienvenue {firstName} ! Votre numéro de membre : {memberCode}. Votre carte et vos points : {link}',
    },
  },
  BIRTHDAY: {
    en: {
      subject: 'Happy birthday, {firstName}!',
      body: 'Happy birthday, {firstName}!\n\nThe whole team wishes you a lovely day.',
      sms: 'Fidèle: happy birthday {firstName}! The whole team wishes you a lovely day. {link}',
    },
    fr: {
      subject: 'Joyeux anniversaire, {firstName} !',
      body: 'Joyeux anniversaire, {firstName} !\n\nToute l’équipe vous souhaite une belle journée.',
      sms: 'Fidèle : joyeux anniversaire {firstName} ! Toute l’équipe vous souhaite une belle journée. {link}',
    },
  },
  TIER_UPGRADE: {
    en: {
      subject: 'You are now {tier}',
      body: 'Congratulations {firstName}, you have reached {tier}!\n\nIt stays yours as long as {keepIt}.',
      sms: 'Fidèle: congratulations {firstName}, you are now {tier}! What it brings: {link}',
    },
    fr: {
      subject: 'Vous êtes maintenant {tier}',
      body: 'Félicitations {firstName}, vous avez atteint le statut {tier} !\n\nIl reste le vôtre tant que {keepIt}.',
      sms: 'Fidèle : félicitations {firstName}, vous voilà {tier} ! Vos avantages : {link}',
    },
  },
  POINTS_EXPIRING: {
    en: {
      subject: '{points} points expire by {date}',
      body: 'Hello {firstName},\n\n{points} of your points expire by {date}. Turn them into a discount before then: it is valid in our shops and online.',
      sms: 'Fidèle: {firstName}, {points} points expire by {date}. Use them: {link}',
    },
    fr: {
      subject: '{points} points expirent d’ici le {date}',
      body: 'Bonjour {firstName},\n\n{points} de vos points expirent d’ici le {date}. Transformez-les en réduction avant : elle est valable en boutique et en ligne.',
      sms: 'Fidèle : {firstName}, {points} points expirent d’ici le {date}. Utilisez-les : {link}',
    },
  },
  CODE_EXPIRING: {
    en: {
      subject: 'Your code {code} ends on {date}',
      body: 'Hello {firstName},\n\nYour code for {reward} is still waiting: it can be used until {date}, in our shops and online.',
      sms: 'Fidèle: {firstName}, your code {code} ({reward}) ends on {date}. {link}',
    },
    fr: {
      subject: 'Votre code {code} se termine le {date}',
      body: 'Bonjour {firstName},\n\nVotre code pour {reward} vous attend toujours : il est valable jusqu’au {date}, en boutique et en ligne.',
      sms: 'Fidèle : {firstName}, votre code {code} ({reward}) se termine le {date}. {link}',
    },
  },
  INVITATION: {
    en: {
      subject: "You're invited: {event}",
      body: 'Hello {firstName},\n\nAs one of our members, you are invited to {event}.',
      sms: "Fidèle: {firstName}, you're invited to {event}, {when}, {where}. Answer: {link}",
    },
    fr: {
      subject: 'Vous êtes invité·e : {event}',
      body: 'Bonjour {firstName},\n\nEn tant que membre, vous êtes invité·e à {event}.',
      sms: 'Fidèle : {firstName}, nous vous invitons à {event}, {when}, {where}. Répondez : {link}',
    },
  },
  INVITATION_REMINDER: {
    en: {
      subject: 'Tomorrow: {event}',
      body: 'Hello {firstName},\n\nA reminder: you are expected tomorrow at {event}.',
      sms: 'Fidèle: {firstName}, see you tomorrow at {event}, {when}, {where}. Your pass: {link}',
    },
    fr: {
      subject: "C'est demain : {event}",
      body: 'Bonjour {firstName},\n\nPetit rappel : nous vous attendons demain à {event}.',
      sms: 'Fidèle : {firstName}, à demain pour {event}, {when}, {where}. Votre pass : {link}',
    },
  },
  WAITLIST_PLACE: {
    en: {
      subject: 'A place is yours: {event}',
      body: 'Hello {firstName},\n\nA place freed up for you at {event}. Confirm it in your portal by {deadline}; after that it goes to the next person on the waitlist.',
      sms: 'Fidèle: {firstName}, a place freed up for you at {event}, {when}, {where}. Confirm by {deadline}: {link}',
    },
    fr: {
      subject: 'Une place pour vous : {event}',
      body: "Bonjour {firstName},\n\nUne place s'est libérée pour vous à {event}. Confirmez-la dans votre espace avant le {deadline} ; ensuite, elle passe à la personne suivante de la liste d'attente.",
      sms: "Fidèle : {firstName}, une place s'est libérée pour vous à {event}, {when}, {where}. A confirmer avant le {deadline} : {link}",
    },
  },
  CONTEST_WON: {
    en: {
      subject: 'You won: {contest}',
      body: 'Congratulations {firstName}!\n\nYou are one of the winners of {contest}. Your prize: {prize}.',
      sms: 'Fidèle: congratulations {firstName}, you won {prize} in {contest}! {link}',
    },
    fr: {
      subject: 'Vous avez gagné : {contest}',
      body: 'Félicitations {firstName} !\n\nVous faites partie des gagnants du concours {contest}. Votre lot : {prize}.',
      sms: 'Fidèle : félicitations {firstName}, vous avez gagné {prize} au concours {contest} ! {link}',
    },
  },
  RETENTION_WARNING: {
    en: {
      subject: 'Your Fidèle account will be erased on {date}',
      body: 'Hello {firstName},\n\nWe have not seen you for a long time. We keep the data of members without activity for a limited time only: on {date}, your account, your personal data and your points will be erased.\n\nTo keep them, simply sign in to your portal or shop with us before then.',
      sms: 'Fidèle: {firstName}, your account and points will be erased on {date} unless you sign in or shop before then: {link}',
    },
    fr: {
      subject: 'Votre compte Fidèle sera effacé le {date}',
      body: 'Bonjour {firstName},\n\nNous ne vous avons pas vu depuis longtemps. Nous ne gardons les données des membres sans activité que pour une durée limitée : le {date}, votre compte, vos données personnelles et vos points seront effacés.\n\nPour les garder, il suffit de vous connecter à votre espace ou de faire un achat chez nous d’ici là.',
      sms: 'Fidèle : {firstName}, votre compte et vos points seront effacés le {date}, sauf si vous vous connectez ou faites un achat d’ici là : {link}',
    },
  },
};

const FIELDS: Record<MessageLocale, Record<keyof MessageWords, AutomationTextField>> = {
  en: { subject: 'subjectEn', body: 'bodyEn', sms: 'smsEn' },
  fr: { subject: 'subjectFr', body: 'bodyFr', sms: 'smsFr' },
};

/** The words a message goes out with: the brand's own where it wrote them, else the default. */
export const wordsOf = (
  kind: AutomationKind,
  locale: MessageLocale,
  own: Partial<Record<AutomationTextField, string | null>> | null | undefined,
): MessageWords => {
  const fallback = DEFAULT_WORDS[kind][locale];
  const field = FIELDS[locale];
  return {
    subject: own?.[field.subject] || fallback.subject,
    body: own?.[field.body] || fallback.body,
    sms: own?.[field.sms] || fallback.sms,
  };
};
