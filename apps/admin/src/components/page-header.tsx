import type { ReactNode } from 'react';

/** The page's one h1, with what it is about and its main actions. */
export const PageHeader = ({
  title,
  description,
  actions,
  eyebrow,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  eyebrow?: ReactNode;
}) => (
  <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
    <div className="min-w-0">
      {eyebrow ? <div className="mb-1 text-sm">{eyebrow}</div> : null}
      <h1 className="text-2xl font-bold text-ink sm:text-3xl">{title}</h1>
      {description ? <p className="mt-1 text-ink-muted">{description}</p> : null}
    </div>
    {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
  </div>
);
