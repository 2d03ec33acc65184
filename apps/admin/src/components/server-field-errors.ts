/** What the API's error formatter adds to a refused tRPC call (see packages/api/src/trpc.ts). */
type ErrorLike = {
  data?: {
    zodError?: { fieldErrors?: Record<string, string[]> } | null;
    appDetails?: Record<string, unknown> | null;
  } | null;
} | null;

/**
 * The fields a refused input names, as dotted paths (`tiers.2.threshold`), first issue first: a
 * form shows each next to its field, instead of reading the message.
 */
export const serverFieldErrors = (error: unknown): string[] =>
  Object.keys((error as ErrorLike)?.data?.zodError?.fieldErrors ?? {});

/** A detail of a domain refusal (e.g. the `tier` of `tier_in_use`), when it is a string. */
export const serverErrorDetail = (error: unknown, name: string): string | undefined => {
  const value = (error as ErrorLike)?.data?.appDetails?.[name];
  return typeof value === 'string' ? value : undefined;
};
