'use client';

import { type ReactNode, useEffect, useRef, useState } from 'react';
import { classNames } from './class-names.ts';

export type HorizontalScrollProps = {
  /** Names the scrolling region when it scrolls (it then takes the keyboard focus). */
  label: string;
  children: ReactNode;
  className?: string;
  /**
   * The last column stays in view (`sticky right-0`), so its own shadow marks the hidden part
   * and no fade covers it.
   */
  pinnedEnd?: boolean;
};

type Edges = { start: boolean; end: boolean };

/**
 * The cells of a column pinned to the right edge (a row's actions) inside a `pinnedEnd` scroll:
 * they cover what scrolls under them (give them a background) and cast a shadow while more is
 * hidden there.
 */
export const pinnedEndCell =
  'sticky right-0 z-10 group-data-more-end:shadow-[-8px_0_8px_-6px_rgb(29_26_39/0.25)]';

/**
 * A wide table (or any wide content) that scrolls sideways inside its box instead of widening the
 * page, with a shadow on each edge that hides more. `data-more-start` / `data-more-end` tell the
 * pinned cells inside to draw theirs (`group-data-more-end:`).
 */
export const HorizontalScroll = ({
  label,
  children,
  className,
  pinnedEnd = false,
}: HorizontalScrollProps) => {
  const ref = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState<Edges>({ start: false, end: false });

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      const start = box.scrollLeft > 1;
      const end = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
      setMore((was) => (was.start === start && was.end === end ? was : { start, end }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    box.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      box.removeEventListener('scroll', measure);
    };
  }, []);

  const scrolls = more.start || more.end;
  const fade = 'pointer-events-none absolute inset-y-0 w-6 transition-opacity duration-150';
  return (
    <div
      className={classNames('group relative', className)}
      data-more-start={more.start || undefined}
      data-more-end={more.end || undefined}
    >
      <div
        ref={ref}
        className="overflow-x-auto"
        role={scrolls ? 'region' : undefined}
        aria-label={scrolls ? label : undefined}
        tabIndex={scrolls ? 0 : undefined}
      >
        {children}
      </div>
      <span
        aria-hidden="true"
        className={classNames(
          fade,
          'left-0 bg-gradient-to-r from-ink/15 to-transparent',
          more.start ? 'opacity-100' : 'opacity-0',
        )}
      />
      {pinnedEnd ? null : (
        <span
          aria-hidden="true"
          className={classNames(
            fade,
            'right-0 bg-gradient-to-l from-ink/15 to-transparent',
            more.end ? 'opacity-100' : 'opacity-0',
          )}
        />
      )}
    </div>
  );
};
