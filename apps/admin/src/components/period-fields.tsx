import { ProgrammeDateField } from './programme-date-field.tsx';
import type { TextInput } from './text-input.ts';

/**
 * When a dated record runs: its start and end side by side, as offers, games and private sales
 * ask for them (each form's `text('startsAt')` and `text('endsAt')`, and its own words), on the
 * programme's clock.
 */
export const PeriodFields = ({
  startsAt,
  endsAt,
  labels,
}: {
  startsAt: TextInput;
  endsAt: TextInput;
  labels: { startsAt: string; endsAt: string; startsAtHint?: string; endsAtHint?: string };
}) => (
  <div className="grid gap-4 sm:grid-cols-2">
    <ProgrammeDateField label={labels.startsAt} required hint={labels.startsAtHint} {...startsAt} />
    <ProgrammeDateField label={labels.endsAt} required hint={labels.endsAtHint} {...endsAt} />
  </div>
);
