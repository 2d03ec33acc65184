'use client';

import { useTranslations } from 'next-intl';
import { PageHeader } from '@/components/page-header.tsx';
import { BackToSegments } from '../back-to-segments.tsx';
import { SegmentForm } from '../segment-form.tsx';

/** A new segment; once created, its page opens with the audit entry of the creation. */
export const NewSegment = () => {
  const t = useTranslations('segments');
  return (
    <>
      <PageHeader eyebrow={<BackToSegments />} title={t('newTitle')} />
      <SegmentForm />
    </>
  );
};
