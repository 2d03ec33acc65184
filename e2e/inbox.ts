import { urls } from './env.ts';

export type InboxEmail = {
  to: { address: string }[];
  subject: string;
  text: string;
  date: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
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
