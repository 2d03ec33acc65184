/** @jsxRuntime automatic */
import { render } from '@react-email/render';
import type { Email } from '../mailer.ts';
import { BrandLayout, Paragraph, Small } from '../outbox/brand-layout.tsx';

/** What every Fidèle account email says, in order: a greeting, a paragraph, one button, small print. */
export type BrandedEmailContent = {
  to: string;
  locale: string;
  subject: string;
  greeting: string;
  intro: string;
  button: { label: string; url: string };
  notes: string[];
};

/**
 * One account email (a sign-in or password link, an account notice) in the brand's layout, the
 * same React Email layout as the outbox's messages; its text part says the same in plain words.
 */
export const brandedEmail = async ({
  to,
  locale,
  subject,
  greeting,
  intro,
  button,
  notes,
}: BrandedEmailContent): Promise<Email> => {
  const html = await render(
    <BrandLayout
      locale={locale}
      preview={subject}
      button={button}
      footer={notes.map((note) => (
        <Small key={note}>{note}</Small>
      ))}
    >
      <Paragraph>{greeting}</Paragraph>
      <Paragraph>{intro}</Paragraph>
    </BrandLayout>,
  );
  const text = [greeting, '', intro, '', button.url, '', ...notes].join('\n');
  return { to, subject, text, html };
};
