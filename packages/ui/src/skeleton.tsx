import { classNames } from './class-names.ts';

export type SkeletonProps = { className?: string };

/**
 * A placeholder block with the size of the content it stands for, so nothing jumps when the data
 * arrives. Size it with `className` (e.g. `h-10 w-32`).
 */
export const Skeleton = ({ className }: SkeletonProps) => (
  <span
    aria-hidden="true"
    className={classNames('block animate-pulse rounded-control bg-border/70', className)}
  />
);
