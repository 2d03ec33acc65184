import QRCode from 'qrcode';
import { classNames } from './class-names.ts';

export type QrCodeProps = {
  value: string;
  /** What the code holds, said to screen readers (e.g. "Member card QR code"). */
  label: string;
  className?: string;
  /** Medium error correction survives a scratched or glare-covered phone screen. */
  errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
};

const QUIET_ZONE = 4;

/** Draws the QR matrix as one SVG path: crisp at any size, rendered on the server or client. */
const qrPath = (value: string, errorCorrectionLevel: QrCodeProps['errorCorrectionLevel']) => {
  const { modules } = QRCode.create(value, { errorCorrectionLevel });
  let path = '';
  for (let y = 0; y < modules.size; y++)
    for (let x = 0; x < modules.size; x++)
      if (modules.get(y, x)) path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
  return { path, size: modules.size + 2 * QUIET_ZONE };
};

export const QrCode = ({ value, label, className, errorCorrectionLevel = 'M' }: QrCodeProps) => {
  const { path, size } = qrPath(value, errorCorrectionLevel);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      className={classNames('block bg-white', className)}
    >
      <path d={path} fill="#000" />
    </svg>
  );
};
