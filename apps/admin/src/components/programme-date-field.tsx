'use client';

import { PROGRAMME_TIME_ZONE } from '@fidele/core/calendar';
import { TextField, type TextFieldProps } from '@fidele/ui';
import { useTranslations } from 'next-intl';

/** "Paris" for Europe/Paris, "New York" for America/New_York. */
const city = (timeZone: string) => (timeZone.split('/').at(-1) ?? timeZone).replaceAll('_', ' ');

/** The words that name the programme's time zone, under every date the staff type. */
export const useTimeZoneNote = () => {
  const t = useTranslations('common');
  return t('timeZone', { city: city(PROGRAMME_TIME_ZONE), zone: PROGRAMME_TIME_ZONE });
};

/**
 * A date (or date and time) typed on the programme's clock, as the forms read it
 * (`readDateTime`) and the previews show it: its hint names the zone.
 */
export const ProgrammeDateField = ({
  hint,
  type = 'datetime-local',
  ...props
}: TextFieldProps & { type?: 'date' | 'datetime-local' }) => {
  const zone = useTimeZoneNote();
  return (
    <TextField
      type={type}
      hint={
        hint ? (
          <>
            {hint} {zone}
          </>
        ) : (
          zone
        )
      }
      {...props}
    />
  );
};
