import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** Back from a record to its list (offers, private sales): an arrow and the namespace's `back`. */
export const BackLink = ({ href, namespace }: { href: string; namespace: string }) => {
  const t = useTranslations(namespace);
  return (
    <Link href={href} className="font-semibold text-brand-800 hover:underline">
      ← {t('back')}
    </Link>
  );
};
