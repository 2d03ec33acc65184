import type { ReactNode } from 'react';

/** A link to a post on a social network: a new tab, which gets no hold on this page. */
export const PostLink = ({ href, children }: { href: string; children: ReactNode }) => (
  <a
    href={href}
    target="_blank"
    rel="noopener noreferrer"
    className="text-sm font-semibold text-brand-800 underline"
  >
    {children}
  </a>
);
