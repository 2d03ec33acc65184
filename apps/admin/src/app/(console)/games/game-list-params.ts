import { GAME_STATUSES, type GameStatus } from '@fidele/validators';

export type GameListParams = { status: GameStatus | ''; page: number };

const isStatus = (value: string | null): value is GameStatus =>
  (GAME_STATUSES as readonly string[]).includes(value ?? '');

/** The list's state lives in the URL, so a filter can be shared, reloaded and navigated back to. */
export const readGameParams = (params: URLSearchParams): GameListParams => {
  const page = Number(params.get('page'));
  const status = params.get('status');
  return {
    status: isStatus(status) ? status : '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
};

export const gameParamsQuery = (params: GameListParams): string => {
  const search = new URLSearchParams();
  if (params.status) search.set('status', params.status);
  if (params.page > 1) search.set('page', String(params.page));
  const query = search.toString();
  return query ? `?${query}` : '';
};
