import { failureCode } from '@/components/query-error.tsx';

type ErrorLike = { data?: { appCode?: string } | null } | null;

/** A refused save as the form tells it: the tRPC code and the domain's own code, when given. */
export const saveFailure = (error: unknown): { code: string; appCode?: string } | undefined => {
  const code = failureCode(error);
  if (!code) return undefined;
  const appCode = (error as ErrorLike)?.data?.appCode;
  return appCode ? { code, appCode } : { code };
};
