'use client';

import { Alert } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { eraseAccount } from '../actions/erase-account.ts';
import type { FormState } from '../actions/form-errors.ts';
import { SubmitButton } from './submit-button.tsx';

/** The last step of deleting her account: she ticks that she understands, then confirms. */
export const EraseAccountForm = () => {
  const t = useTranslations('profile.erase');
  const [state, action] = useActionState<FormState, FormData>(eraseAccount, {});
  const errorId = useId();
  const missing = state.fieldErrors?.confirm;
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      {state.error ? <Alert tone="danger">{t('failed')}</Alert> : null}
      <div className="flex flex-col gap-1">
        <label className="flex cursor-pointer items-start gap-3">
          <input
            type="checkbox"
            name="confirm"
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? errorId : undefined}
            className="mt-0.5 size-6 shrink-0 cursor-pointer accent-danger-700"
          />
          <span className="text-sm font-medium text-ink">{t('understand')}</span>
        </label>
        {missing ? (
          <p id={errorId} className="pl-9 text-sm text-danger-700">
            {t('tickFirst')}
          </p>
        ) : null}
      </div>
      <SubmitButton variant="danger">{t('submit')}</SubmitButton>
    </form>
  );
};
