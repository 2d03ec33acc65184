import type { ReactNode } from 'react';
import type { HistoryMovement } from './movement-label.ts';
import { MovementRow } from './movement-row.tsx';

export const MovementList = ({
  movements,
  label,
}: {
  movements: HistoryMovement[];
  label?: string;
}): ReactNode => (
  <ol aria-label={label} className="divide-y divide-border">
    {movements.map((movement) => (
      <MovementRow key={movement.id} movement={movement} />
    ))}
  </ol>
);
