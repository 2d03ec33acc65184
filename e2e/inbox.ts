import { urls } from './env.ts';

export type InboxEmail = {
  id: string;
  to: { address: string }[];
  subject: string;
  text: string;
  html: string;
  date: string;
};

/** A header of an email as it was sent, read from its source (the inbox's JSON drops some). */
export const headerOf = async (email: InboxEmail, name: string): Promise<string | undefined> => {
  const source = await (await fetch(`${urls.mail}/api/email/${email.id}/source`)).text();
  const head = source.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = head
    .split(/\r?\n/)
    .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
};

/**
 * The newest email the development inbox (maildev) received for `address`, of the given subject
 * when one is named (the platform also sends automations, a welcome say, at any moment).
 */
export const latestEmailTo = async (
  address: string,
  subject?: RegExp,
  { within = 10_000 }: { within?: number } = {},
): Promise<InboxEmail> => {
  for (const until = Date.now() + within; Date.now() < until;) {
    const inbox = (await (await fetch(`${urls.mail}/api/email`)).json()) as InboxEmail[];
    const found = inbox
      .filter((m) => m.to.some((to) => to.address === address))
      .filter((m) => !subject || subject.test(m.subject))
      .at(-1);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No email${subject ? ` "${subject.source}"` : ''} reached ${address}`);
};

/** The first link in an email's text. */
export const linkIn = (email: InboxEmail): string => {
  const link = /https?:\/\/\S+/.exec(email.text)?.[0];
  if (!link) throw new Error(`No link in "${email.subject}"`);
  return link;
};
