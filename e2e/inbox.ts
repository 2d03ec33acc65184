import { urls } from './env.ts';

export type InboxEmail = {
  id: string;
  to: { address: string }[];
  subject: string;
  text: string;
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

/** The newest email the development inbox (maildev) received for `address`. */
export const latestEmailTo = async (address: string): Promise<InboxEmail> => {
  for (let attempt = 0; attempt < 40; attempt++) {
    const inbox = (await (await fetch(`${urls.mail}/api/email`)).json()) as InboxEmail[];
    const found = inbox.filter((m) => m.to.some((to) => to.address === address)).at(-1);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No email reached ${address}`);
};

/** The first link in an email's text. */
export const linkIn = (email: InboxEmail): string => {
  const link = /https?:\/\/\S+/.exec(email.text)?.[0];
  if (!link) throw new Error(`No link in "${email.subject}"`);
  return link;
};
