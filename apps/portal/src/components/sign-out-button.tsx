import { getTranslations } from 'next-intl/server';
import { signOutAndLeave } from '../actions/sign-out.ts';

export const SignOutButton = async () => {
  const t = await getTranslations('nav');
  return (
    <form action={signOutAndLeave}>
      <button
        type="submit"
        className="min-h-9 whitespace-nowrap rounded-control px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50"
      >
        {t('signOut')}
      </button>
    </form>
  );
};
