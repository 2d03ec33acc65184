'use client';

import { SelectField } from '@fidele/ui';
import { CHANNELS } from '@fidele/validators';
import { useTranslations } from 'next-intl';

export type Channel = (typeof CHANNELS)[number];

/** "All channels" or one channel, for the ledger and purchase lists. */
export const ChannelFilter = ({
  value,
  onChange,
  channels = CHANNELS,
}: {
  value: Channel | undefined;
  onChange: (channel: Channel | undefined) => void;
  channels?: readonly Channel[];
}) => {
  const t = useTranslations();
  return (
    <SelectField
      label={t('common.channel')}
      value={value ?? ''}
      onChange={(event) => onChange((event.target.value || undefined) as Channel | undefined)}
      options={[
        { value: '', label: t('common.allChannels') },
        ...channels.map((channel) => ({ value: channel, label: t(`channels.${channel}`) })),
      ]}
      className="w-48"
    />
  );
};
