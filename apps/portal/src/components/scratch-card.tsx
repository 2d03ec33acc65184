'use client';

import { Button, useReducedMotion } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { type PointerEvent, useLayoutEffect, useRef } from 'react';

const WIDTH = 320;
const HEIGHT = 160;
const BRUSH = 22;
/** Share of the coating scratched off after which the card counts as revealed. */
const REVEAL_AT = 0.55;

/** The share of the canvas scratched clear, sampling one pixel in 16 along each axis. */
const clearedShare = (context: CanvasRenderingContext2D) => {
  const { data } = context.getImageData(0, 0, WIDTH, HEIGHT);
  let clear = 0;
  let seen = 0;
  for (let y = 0; y < HEIGHT; y += 16)
    for (let x = 0; x < WIDTH; x += 16) {
      seen += 1;
      if (data[(y * WIDTH + x) * 4 + 3] === 0) clear += 1;
    }
  return clear / seen;
};

/** The silver coating over the outcome, in the brand's colour, with its invitation written on. */
const coat = (context: CanvasRenderingContext2D, colour: string, text: string) => {
  context.globalCompositeOperation = 'source-over';
  context.fillStyle = colour;
  context.fillRect(0, 0, WIDTH, HEIGHT);
  context.fillStyle = '#ffffff';
  context.font = '600 16px system-ui, sans-serif';
  context.textAlign = 'center';
  context.fillText(text, WIDTH / 2, HEIGHT / 2, WIDTH - 32);
};

export type ScratchCardProps = {
  /** The outcome the server decided, written under the coating; undefined before it answered. */
  outcome: string | undefined;
  revealed: boolean;
  pending: boolean;
  disabled: boolean;
  onStart: () => void;
  onRevealed: () => void;
};

/**
 * A scratch card: the server has decided the outcome before the card is dealt; the member rubs
 * the coating away (mouse, finger or pen), or reveals it all at once from the keyboard.
 */
export const ScratchCard = ({
  outcome,
  revealed,
  pending,
  disabled,
  onStart,
  onRevealed,
}: ScratchCardProps) => {
  const t = useTranslations('games.scratch');
  const reducedMotion = useReducedMotion();
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const dealt = outcome !== undefined;

  // Coated before the browser paints, so the outcome never shows through for a frame.
  useLayoutEffect(() => {
    if (!dealt) return;
    if (reducedMotion) {
      onRevealed();
      return;
    }
    const context = canvas.current?.getContext('2d', { willReadFrequently: true });
    if (!context) return;
    const colour = getComputedStyle(context.canvas).getPropertyValue('--color-brand-500');
    coat(context, colour || '#7c5bd9', t('instructions'));
    // Dealt once per outcome; the callbacks' identity does not deal a new card.
  }, [dealt, reducedMotion]);

  const scratch = (event: PointerEvent<HTMLCanvasElement>) => {
    const context = event.currentTarget.getContext('2d', { willReadFrequently: true });
    if (!context || revealed) return;
    const box = event.currentTarget.getBoundingClientRect();
    const point = {
      x: ((event.clientX - box.left) * WIDTH) / box.width,
      y: ((event.clientY - box.top) * HEIGHT) / box.height,
    };
    context.globalCompositeOperation = 'destination-out';
    context.lineWidth = BRUSH * 2;
    context.lineCap = 'round';
    context.beginPath();
    context.moveTo(last.current?.x ?? point.x, last.current?.y ?? point.y);
    context.lineTo(point.x, point.y);
    context.stroke();
    last.current = point;
  };

  const lift = (event: PointerEvent<HTMLCanvasElement>) => {
    last.current = null;
    const context = event.currentTarget.getContext('2d', { willReadFrequently: true });
    if (context && !revealed && clearedShare(context) >= REVEAL_AT) onRevealed();
  };

  if (!dealt)
    return (
      <div className="flex flex-col items-center gap-4">
        <div className="flex aspect-[2/1] w-full max-w-sm items-center justify-center rounded-card bg-brand-500 p-4 text-center font-semibold text-on-brand">
          {t('instructions')}
        </div>
        <Button onClick={onStart} loading={pending} disabled={disabled}>
          {t('start')}
        </Button>
      </div>
    );

  return (
    <div className="flex flex-col items-center gap-4">
      <div className="relative aspect-[2/1] w-full max-w-sm overflow-hidden rounded-card bg-brand-50 shadow-card">
        <p
          aria-hidden={!revealed}
          className="flex h-full items-center justify-center p-4 text-center text-2xl font-extrabold text-brand-900"
        >
          {outcome}
        </p>
        {revealed || reducedMotion ? null : (
          <canvas
            ref={canvas}
            width={WIDTH}
            height={HEIGHT}
            role="img"
            aria-label={t('canvasLabel')}
            className="absolute inset-0 size-full cursor-crosshair touch-none"
            onPointerDown={(event) => {
              event.currentTarget.setPointerCapture(event.pointerId);
              scratch(event);
            }}
            onPointerMove={(event) => {
              if (event.buttons > 0) scratch(event);
            }}
            onPointerUp={lift}
            onPointerCancel={lift}
          />
        )}
      </div>
      {revealed ? null : (
        <Button variant="secondary" onClick={onRevealed}>
          {t('revealAll')}
        </Button>
      )}
    </div>
  );
};
