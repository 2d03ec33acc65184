'use client';

import type { Channel } from '@fidele/db';
import { CHANNELS } from '@fidele/validators';
import { useTranslations } from 'next-intl';
import { useId } from 'react';

export type ChannelFilterProps = {
  value: Channel | undefined;
  onChange: (channel: Channel | undefined) => void;
};

export const ChannelFilter = ({ value, onChange }: ChannelFilterProps) => {
  const t = useTranslations();
  const id = useId();
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {t('history.filter')}
      </label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange((event.target.value || undefined) as Channel | undefined)}
        className="min-h-11 rounded-control border border-border-strong bg-surface px-3 text-base"
      >
        <option value="">{t('history.allChannels')}</option>
        {CHANNELS.map((channel) => (
          <option key={channel} value={channel}>
            {t(`channels.${channel}`)}
          </option>
        ))}
      </select>
    </div>
  );
};
