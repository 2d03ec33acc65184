'use client';

import { useEffect, useState } from 'react';
import { classNames } from './class-names.ts';

export type BarcodeProps = {
  value: string;
  /** What the barcode holds, said to screen readers (e.g. "Barcode of discount code …"). */
  label: string;
  className?: string;
};

type Drawing = { viewBox?: string; body: string };

/**
 * Code 128, the symbology every till scanner reads, drawn as SVG by bwip-js. Its `generic` build
 * runs anywhere, importing one symbology keeps the other hundred out, and loading it on demand
 * keeps it off the pages that show no barcode.
 */
const drawCode128 = async (value: string): Promise<Drawing> => {
  const { code128, drawingSVG } = await import('bwip-js/generic');
  const svg = code128({ bcid: 'code128', text: value, scale: 2, height: 12 }, drawingSVG());
  return {
    viewBox: /viewBox="([^"]+)"/.exec(svg)?.[1],
    body: svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, ''),
  };
};

export const Barcode = ({ value, label, className }: BarcodeProps) => {
  const [drawing, setDrawing] = useState<Drawing & { value: string }>();
  useEffect(() => {
    let current = true;
    void drawCode128(value).then((result) => {
      if (current) setDrawing({ ...result, value });
    });
    return () => {
      current = false;
    };
  }, [value]);
  const ready = drawing?.value === value;

  return (
    // The white margin is the quiet zone a scanner needs on each side of the bars.
    <span className={classNames('block bg-white px-5 py-3', className)}>
      {ready ? (
        <svg
          role="img"
          aria-label={label}
          viewBox={drawing.viewBox}
          preserveAspectRatio="none"
          shapeRendering="crispEdges"
          className="block h-full w-full"
          dangerouslySetInnerHTML={{ __html: drawing.body }}
        />
      ) : (
        <span
          role="img"
          aria-label={label}
          aria-busy="true"
          className="block h-full w-full animate-pulse rounded-control bg-border/70"
        />
      )}
    </span>
  );
};
