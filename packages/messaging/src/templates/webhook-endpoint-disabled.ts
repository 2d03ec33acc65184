import type { Email } from '../mailer.ts';
import { brandedEmail } from './branded-email.tsx';
import type { EmailLocale } from './link-email.ts';

const copy = {
  en: {
    subject: 'A webhook endpoint was switched off',
    greeting: (name: string) => `Hello ${name},`,
    intro: (url: string) =>
      `Every delivery to ${url} has failed for 5 days, so Fidèle switched the endpoint off: no event is sent to it until you switch it on again. Its deliveries show each attempt's answer.`,
    button: 'See the deliveries',
    note: 'Events keep being recorded; switched on again, the endpoint receives those still waiting.',
  },
  fr: {
    subject: 'Un point de terminaison webhook a été désactivé',
    greeting: (name: string) => `Bonjour ${name},`,
    intro: (url: string) =>
      `Tous les envois vers ${url} échouent depuis 5 jours : Fidèle l’a désactivé, et aucun événement ne lui est envoyé tant que vous ne le réactivez pas. Ses envois montrent la réponse de chaque tentative.`,
    button: 'Voir les envois',
    note: 'Les événements continuent d’être enregistrés ; réactivé, il reçoit ceux qui attendent encore.',
  },
} as const;

/** Tells an owner an endpoint failed for 5 days and was switched off, with a link to its deliveries. */
export const webhookEndpointDisabledEmail = ({
  to,
  name,
  locale,
  endpointUrl,
  deliveriesUrl,
}: {
  to: string;
  name: string;
  locale: EmailLocale;
  endpointUrl: string;
  deliveriesUrl: string;
}): Promise<Email> => {
  const words = copy[locale];
  return brandedEmail({
    to,
    locale,
    subject: words.subject,
    greeting: words.greeting(name),
    intro: words.intro(endpointUrl),
    button: { label: words.button, url: deliveriesUrl },
    notes: [words.note],
  });
};
