/**
 * Calls one tRPC HTTP request may carry: the server refuses more (400), the apps' client links
 * split their batches at it. One request must not hold the database pool for everyone.
 * A module of its own (`@fidele/validators/trpc-batch`): the browser's tRPC client needs this
 * number, not the schemas (and zod) the package's index brings.
 */
export const TRPC_MAX_BATCH_SIZE = 10;
