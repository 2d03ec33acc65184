import { classNames } from './class-names.ts';

export type PaginationProps = {
  /** 1-based. */
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
  /** In the app's language, e.g. { navigation: 'Pages', previous: 'Previous', next: 'Next' }. */
  labels: { navigation: string; previous: string; next: string; status: string };
  className?: string;
};

const buttonClass =
  'min-h-9 rounded-control px-3 text-sm font-semibold text-brand-800 ring-1 ring-inset ring-border-strong hover:bg-brand-50 disabled:cursor-not-allowed disabled:text-ink-muted disabled:ring-border disabled:hover:bg-transparent';

/** Previous and next page of a server-paginated list; `labels.status` reads e.g. "Page 2 of 7". */
export const Pagination = ({
  page,
  pageCount,
  onPageChange,
  labels,
  className,
}: PaginationProps) => (
  <nav
    aria-label={labels.navigation}
    className={classNames('flex items-center justify-between gap-3', className)}
  >
    <p className="text-sm text-ink-muted" aria-live="polite">
      {labels.status}
    </p>
    <div className="flex gap-2">
      <button
        type="button"
        className={buttonClass}
        disabled={page <= 1}
        onClick={() => onPageChange(page - 1)}
      >
        {labels.previous}
      </button>
      <button
        type="button"
        className={buttonClass}
        disabled={page >= pageCount}
        onClick={() => onPageChange(page + 1)}
      >
        {labels.next}
      </button>
    </div>
  </nav>
);
