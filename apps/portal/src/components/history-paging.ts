/**
 * Movements per page of her history: the server's first page and each "show more" alike. A
 * module of its own, as a client component's exports reach a server component as references.
 */
export const HISTORY_PAGE_SIZE = 20;
