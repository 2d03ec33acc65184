'use client';

import { Alert, Button, Card, Spinner, TextField } from '@fidele/ui';
import { contestImportInput, SOCIAL_NETWORK_NAMES } from '@fidele/validators';
import { useMutation } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { DataTable } from '@/components/data-table.tsx';
import { ListPagination } from '@/components/list-pagination.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { csvRowCount } from './import-file.ts';
import { importRefusal } from './refusals.ts';
import { useContestRefresh } from './use-contest-refresh.ts';

type Checked = StaffOutputs['contests']['importEntries'];
type Problem = Checked['problems'][number];

const PROBLEMS_PAGE = 20;
const FILE_ID = 'entry-file';

const column = createColumnHelper<Problem>();

/** What the file holds, as the check counts it: entries, new ones, and those it leaves alone. */
const CheckedCounts = ({ checked }: { checked: Checked }) => {
  const t = useTranslations('contests.import.counts');
  const format = useFormatter();
  const counts = [
    ['entries', checked.entries],
    ['added', checked.added],
    ['alreadyIn', checked.alreadyIn],
    ['members', checked.members],
    ['duplicates', checked.duplicates],
  ] as const;
  return (
    <dl className="grid w-fit grid-cols-[auto_auto] gap-x-8 gap-y-1 text-sm">
      {counts.map(([name, count]) => (
        <div key={name} className="contents">
          <dt>{t(name)}</dt>
          <dd className="text-right font-semibold tabular-nums">{format.number(count)}</dd>
        </div>
      ))}
    </dl>
  );
};

/** Every row the file cannot import, with its line, a page at a time. */
const ImportProblems = ({ problems }: { problems: Problem[] }) => {
  const t = useTranslations('contests.import.problems');
  const [page, setPage] = useState(1);
  const columns = [
    column.accessor('line', {
      header: t('line'),
      meta: { align: 'end' },
    }),
    column.accessor('message', {
      header: t('message'),
      cell: (info) => {
        const { problem, value, network, other } = info.row.original;
        return (
          <span className="break-all">
            {t(`kinds.${problem}`, {
              value: value ?? '',
              network: network ? SOCIAL_NETWORK_NAMES[network] : '',
              linkNetwork: other ? SOCIAL_NETWORK_NAMES[other] : '',
            })}
          </span>
        );
      },
    }),
  ];
  return (
    <div className="flex flex-col gap-3">
      <Alert tone="danger" title={t('title', { count: problems.length })}>
        {t('hint', { count: problems.length })}
      </Alert>
      <DataTable
        caption={t('caption')}
        columns={columns}
        rows={problems.slice((page - 1) * PROBLEMS_PAGE, page * PROBLEMS_PAGE)}
        rowKey={(problem) => String(problem.line)}
        empty={null}
      />
      {problems.length > PROBLEMS_PAGE ? (
        <ListPagination
          data={{ page, pageSize: PROBLEMS_PAGE, total: problems.length }}
          onPageChange={setPage}
        />
      ) : null}
    </div>
  );
};

/**
 * Entries from a social tool's CSV export: the file is read in the browser and checked first
 * (nothing saved: what it would add, and every bad row with its line), then imported only when no
 * row is bad. Imported entries wait in the entries to moderate.
 */
export const ContestImport = ({ contestId }: { contestId: string }) => {
  const t = useTranslations('contests.import');
  const trpc = useTRPC();
  const refresh = useContestRefresh();
  const [file, setFile] = useState<File | null>(null);
  const [checkedFile, setCheckedFile] = useState<{ csv: string; rows: number } | null>(null);
  const [fileRefused, setFileRefused] = useState(false);
  // A new key empties the file input once its file is imported.
  const [inputKey, setInputKey] = useState(0);
  const check = useMutation(trpc.contests.importEntries.mutationOptions());
  const save = useMutation(
    trpc.contests.importEntries.mutationOptions({
      onSuccess: async () => {
        await refresh();
        check.reset();
        setFile(null);
        setCheckedFile(null);
        setInputKey((key) => key + 1);
      },
    }),
  );

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setCheckedFile(null);
    setFileRefused(false);
    check.reset();
    save.reset();
  };
  const checkFile = async () => {
    save.reset();
    const csv = (await file?.text()) ?? '';
    const input = { contestId, csv, preview: true };
    // The procedure's own schema says whether the file will do (chosen, not empty, 8 MB at most).
    if (!contestImportInput.safeParse(input).success) {
      setFileRefused(true);
      document.getElementById(FILE_ID)?.focus();
      return;
    }
    setCheckedFile({ csv, rows: csvRowCount(csv) });
    check.mutate(input);
  };

  const checked = check.data;
  const busy = check.isPending
    ? t('checking', { count: checkedFile?.rows ?? 0 })
    : save.isPending
      ? t('importing', { count: checked?.added ?? 0 })
      : null;
  const refusal = importRefusal(check.error ?? save.error);
  const importable = checked && checked.problems.length === 0 && checked.added > 0;
  return (
    <Card title={t('title')} data-testid="contest-import">
      <div className="flex flex-col gap-4" aria-busy={busy !== null}>
        <p className="text-sm text-ink-muted">{t('intro')}</p>
        <div className="flex flex-col items-start gap-3">
          <TextField
            key={inputKey}
            id={FILE_ID}
            type="file"
            accept=".csv,text/csv"
            label={t('file')}
            hint={t('columns')}
            error={fileRefused ? t('fileRefused') : undefined}
            className="w-full max-w-2xl"
            onChange={(event) => choose(event.target.files?.[0] ?? null)}
          />
          <Button
            variant="secondary"
            loading={check.isPending}
            disabled={save.isPending}
            onClick={checkFile}
          >
            {t('check')}
          </Button>
        </div>

        <div role="status" className="text-sm">
          {busy ? (
            <span className="flex items-center gap-2">
              <Spinner /> {busy}
            </span>
          ) : null}
        </div>
        {refusal ? <Alert tone="danger">{t(refusal)}</Alert> : null}
        {save.data ? (
          <Alert
            tone="success"
            title={t('imported', { added: save.data.added, alreadyIn: save.data.alreadyIn })}
          />
        ) : null}

        {checked && checkedFile ? (
          <>
            <CheckedCounts checked={checked} />
            {checked.problems.length ? <ImportProblems problems={checked.problems} /> : null}
            {checked.problems.length === 0 && checked.added === 0 ? (
              <p className="text-sm text-ink-muted">{t('nothingToAdd')}</p>
            ) : null}
            <Button
              className="self-start"
              disabled={!importable}
              loading={save.isPending}
              onClick={() => save.mutate({ contestId, csv: checkedFile.csv, preview: false })}
            >
              {t('import', { count: checked.added })}
            </Button>
          </>
        ) : null}
      </div>
    </Card>
  );
};
