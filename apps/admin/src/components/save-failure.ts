import type { ReactNode } from 'react';
import { failureCode } from '@/components/query-error.tsx';

type ErrorLike = { data?: { appCode?: string } | null } | null;

/** A refused save: its tRPC code and, for a domain refusal, the domain's own code. */
export type SaveFailure = { code: string; appCode?: string };

/** A refused save as the form tells it: the tRPC code and the domain's own code, when given. */
export const saveFailure = (error: unknown): SaveFailure | undefined => {
  const code = failureCode(error);
  if (!code) return undefined;
  const appCode = (error as ErrorLike)?.data?.appCode;
  return appCode ? { code, appCode } : { code };
};

/**
 * Where a record's form sends its input and how it went (offers, private sales): the form only
 * reads and checks it.
 */
export type FormSave<Input> = {
  save: (input: Input) => void;
  pending: boolean;
  /** The refused save, if any: its tRPC code and, for a domain refusal, its app code. */
  failure?: SaveFailure;
  /** The refused save's error as the server sent it, for the fields and details it names. */
  error?: unknown;
  done?: ReactNode;
};

/**
 * The message key of a refused save in a form's namespace: the domain's reason when the form
 * names one for its app code, else the kind of refusal (`failures.forbidden`, `invalid` for
 * refused input, `failures.failed`).
 */
export const saveFailureKey = (
  failure: SaveFailure,
  byAppCode: Readonly<Record<string, string>>,
): string => {
  const reason = failure.appCode ? byAppCode[failure.appCode] : undefined;
  if (reason) return reason;
  switch (failure.code) {
    case 'FORBIDDEN':
      return 'failures.forbidden';
    case 'BAD_REQUEST':
      return 'invalid';
    default:
      return 'failures.failed';
  }
};
