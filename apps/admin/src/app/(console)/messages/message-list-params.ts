import { MESSAGE_CHANNELS, MESSAGE_STATUSES } from '@fidele/validators';

export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** The outbox as filtered: one channel or all, one status or all, and the page. */
export type MessageListParams = {
  channel: MessageChannel | '';
  status: MessageStatus | '';
  page: number;
};

const oneOf = <Value extends string>(values: readonly Value[], value: string | null): Value | '' =>
  (values as readonly string[]).includes(value ?? '') ? (value as Value) : '';

/** The list's state lives in the URL, so a filter can be shared, reloaded and navigated back to. */
export const readMessageParams = (params: URLSearchParams): MessageListParams => {
  const page = Number(params.get('page'));
  return {
    channel: oneOf(MESSAGE_CHANNELS, params.get('channel')),
    status: oneOf(MESSAGE_STATUSES, params.get('status')),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
};

export const messageParamsQuery = (params: MessageListParams): string => {
  const search = new URLSearchParams();
  if (params.channel) search.set('channel', params.channel);
  if (params.status) search.set('status', params.status);
  if (params.page > 1) search.set('page', String(params.page));
  const query = search.toString();
  return query ? `?${query}` : '';
};

/** The procedure's input for these params (validated again by the procedure). */
export const messageFilter = (params: MessageListParams) => ({
  channel: params.channel || undefined,
  status: params.status || undefined,
  page: params.page,
});
