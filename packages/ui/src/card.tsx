import type { HTMLAttributes, ReactNode } from 'react';
import { classNames } from './class-names.ts';

export type CardProps = HTMLAttributes<HTMLElement> & {
  /** A `section` gets its heading from `title`; use `div` for purely visual grouping. */
  as?: 'section' | 'div' | 'article';
  title?: ReactNode;
  /** Heading level of `title`, to keep the page outline right. */
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
};

export const Card = ({
  as: Element = 'section',
  title,
  headingLevel = 2,
  actions,
  className,
  children,
  ...props
}: CardProps) => {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <Element
      className={classNames('rounded-card bg-surface p-4 shadow-card sm:p-6', className)}
      {...props}
    >
      {title || actions ? (
        <div className="mb-3 flex items-center justify-between gap-3">
          {title ? <Heading className="text-lg font-semibold text-ink">{title}</Heading> : <span />}
          {actions}
        </div>
      ) : null}
      {children}
    </Element>
  );
};
