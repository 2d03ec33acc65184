'use client';

import { createColumnHelper } from '@tanstack/react-table';
import type { useTranslations } from 'next-intl';

type AtShop = { shop: { name: string }; channel: string };

/** Where a row happened: the shop's name, with its channel under it. */
export const shopColumn = <Row extends AtShop>(
  t: ReturnType<typeof useTranslations>,
  header: string,
) =>
  createColumnHelper<Row>().accessor((row) => row.shop.name, {
    id: 'shop',
    header,
    cell: (info) => (
      <span className="flex flex-col">
        <span>{info.getValue()}</span>
        <span className="text-xs text-ink-muted">{t(`channels.${info.row.original.channel}`)}</span>
      </span>
    ),
  });
