import { Button, buttonStyles } from '@fidele/ui';
import Link from 'next/link';
import type { FormEvent, ReactNode } from 'react';

/**
 * A reward's or an offer's form with, beside it on wide screens, its preview and what the page
 * adds under it (where the record stands).
 */
export const FormWithPreview = ({
  onSubmit,
  preview,
  aside,
  children,
}: {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  preview: ReactNode;
  aside?: ReactNode;
  children: ReactNode;
}) => (
  <div className="flex flex-col gap-6 xl:grid xl:grid-cols-[minmax(0,1fr)_24rem]">
    <form onSubmit={onSubmit} noValidate className="flex min-w-0 flex-col gap-6 xl:self-start">
      {children}
    </form>

    <div className="flex min-w-0 flex-col gap-6">
      {/* Alone, the preview follows the form down; with more beside it, it stays on top. */}
      <div className={aside ? undefined : 'xl:sticky xl:top-6'}>{preview}</div>
      {aside}
    </div>
  </div>
);

/** The foot of a form: save it, or go back to the list without saving. */
export const SaveOrCancel = ({
  submitLabel,
  pending,
  cancelHref,
  cancelLabel,
}: {
  submitLabel: string;
  pending: boolean;
  cancelHref: string;
  cancelLabel: string;
}) => (
  <div className="flex flex-wrap gap-2">
    <Button type="submit" loading={pending}>
      {submitLabel}
    </Button>
    <Link href={cancelHref} className={buttonStyles({ variant: 'secondary' })}>
      {cancelLabel}
    </Link>
  </div>
);
