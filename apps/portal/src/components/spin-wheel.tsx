'use client';

import { Button, classNames, useReducedMotion } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { type GamePrize, useGameWords } from './game-view.ts';

const TURNS = 5;
const SPIN_MS = 4_000;

/** The point `radius` away from the centre at `angle` degrees clockwise from twelve o'clock. */
const pointAt = (angle: number, radius: number) => {
  const radians = (angle * Math.PI) / 180;
  return `${(radius * Math.sin(radians)).toFixed(3)} ${(-radius * Math.cos(radians)).toFixed(3)}`;
};

const Segment = ({ index, count, label }: { index: number; count: number; label: string }) => {
  const size = 360 / count;
  const from = index * size;
  const dark = index % 2 === 0;
  return (
    <g>
      {count === 1 ? (
        <circle r="96" className="fill-brand-600" />
      ) : (
        <path
          d={`M0 0 L${pointAt(from, 96)} A96 96 0 ${size > 180 ? 1 : 0} 1 ${pointAt(from + size, 96)} Z`}
          className={dark ? 'fill-brand-600' : 'fill-brand-100'}
        />
      )}
      <text
        transform={`rotate(${from + size / 2}) translate(0 -58)`}
        textAnchor="middle"
        dominantBaseline="middle"
        className={classNames(
          'text-[9px] font-semibold',
          dark ? 'fill-on-brand' : 'fill-brand-900',
        )}
      >
        {label.length > 14 ? `${label.slice(0, 13)}…` : label}
      </text>
    </g>
  );
};

/** How far the wheel turns (degrees, clockwise) to stop with `row`'s segment under the pointer. */
const stopAngle = (from: number, row: number, count: number) => {
  const centre = (row + 0.5) * (360 / count);
  const offset = (((360 - centre - from) % 360) + 360) % 360;
  return from + TURNS * 360 + offset;
};

export type SpinWheelProps = {
  prizes: GamePrize[];
  /** The row the server's draw landed on; undefined until it answered. */
  landedRow: number | null | undefined;
  spinning: boolean;
  disabled: boolean;
  onSpin: () => void;
  onStopped: () => void;
};

/**
 * The wheel, one segment per row of the prize table. The server draws first; the wheel then turns
 * to the segment it answered (a "try again" row when the drawn prize could not be given).
 */
export const SpinWheel = ({
  prizes,
  landedRow,
  spinning,
  disabled,
  onSpin,
  onStopped,
}: SpinWheelProps) => {
  const t = useTranslations('games.wheel');
  const words = useGameWords();
  const reducedMotion = useReducedMotion();
  const [rotation, setRotation] = useState(0);
  const [turning, setTurning] = useState(false);

  useEffect(() => {
    if (landedRow === undefined) return;
    const row = landedRow ?? prizes.findIndex((prize) => prize.kind === 'TRY_AGAIN');
    // No "try again" row to stop on: the pointer rests between the first two segments.
    setRotation((from) => (row >= 0 ? stopAngle(from, row, prizes.length) : from + TURNS * 360));
    if (reducedMotion) onStopped();
    else setTurning(true);
    // A new outcome is the only reason to turn; the callbacks' identity is not.
  }, [landedRow]);

  return (
    <div className="flex flex-col items-center gap-4">
      <div className="relative w-full max-w-xs">
        <svg
          aria-hidden="true"
          viewBox="-8 -10 16 14"
          className="absolute top-0 left-1/2 z-10 w-6 -translate-x-1/2 -translate-y-1 fill-ink"
        >
          <path d="M-7 -9 L7 -9 L0 3 Z" />
        </svg>
        <svg
          role="img"
          aria-label={t('label')}
          viewBox="-100 -100 200 200"
          className="w-full drop-shadow-md"
        >
          <circle r="99" className="fill-brand-900" />
          <g
            style={{
              transform: `rotate(${rotation}deg)`,
              transition:
                turning && !reducedMotion
                  ? `transform ${SPIN_MS}ms cubic-bezier(0.15, 0.6, 0.1, 1)`
                  : undefined,
            }}
            onTransitionEnd={() => {
              if (!turning) return;
              setTurning(false);
              onStopped();
            }}
          >
            {prizes.map((prize, index) => (
              <Segment
                key={prize.id}
                index={index}
                count={prizes.length}
                label={words.prize(prize)}
              />
            ))}
          </g>
          <circle r="10" className="fill-surface stroke-brand-900" strokeWidth="3" />
        </svg>
      </div>
      <Button onClick={onSpin} loading={spinning} disabled={disabled || turning}>
        {turning ? t('spinning') : t('spin')}
      </Button>
    </div>
  );
};
