import { TextField } from '@fidele/ui';
import type { TextInput } from './text-input.ts';

/**
 * When a dated record runs: its start and end side by side, as offers, games and private sales
 * ask for them (each form's `text('startsAt')` and `text('endsAt')`, and its own words).
 */
export const PeriodFields = ({
  startsAt,
  endsAt,
  labels,
}: {
  startsAt: TextInput;
  endsAt: TextInput;
  labels: { startsAt: string; endsAt: string; startsAtHint: string; endsAtHint: string };
}) => (
  <div className="grid gap-4 sm:grid-cols-2">
    <TextField
      label={labels.startsAt}
      type="datetime-local"
      required
      hint={labels.startsAtHint}
      {...startsAt}
    />
    <TextField
      label={labels.endsAt}
      type="datetime-local"
      required
      hint={labels.endsAtHint}
      {...endsAt}
    />
  </div>
);
