'use client';

import { Pagination } from '@fidele/ui';
import { useTranslations } from 'next-intl';

type ListPage = { page: number; pageSize: number; total: number };

/** The pager under a server-paged list, shown once the list has rows. */
export const ListPagination = ({
  data,
  onPageChange,
}: {
  data: ListPage | undefined;
  onPageChange: (page: number) => void;
}) => {
  const tc = useTranslations('common');
  if (!(data && data.total > 0)) return null;
  const pageCount = Math.max(1, Math.ceil(data.total / data.pageSize));
  return (
    <Pagination
      page={data.page}
      pageCount={pageCount}
      onPageChange={onPageChange}
      labels={{
        navigation: tc('pages'),
        previous: tc('previous'),
        next: tc('next'),
        status: tc('pageStatus', { page: data.page, pageCount, total: data.total }),
      }}
    />
  );
};
