import { can, type Permission } from '@fidele/auth/permissions';
import { AppError } from '@fidele/core';
import { csvLine } from '@fidele/core/csv';
import type { StaffRole } from '@fidele/db';
import { toErrorResponse } from '../app-error.ts';

/** Who asks for an export: CSV downloads are plain route handlers, outside tRPC's checks. */
export type ExportingStaff = { id: string; role: StaffRole };

/** Refuses an export to someone signed out (401) or without the permission (403). */
export function requirePermission(
  staff: ExportingStaff | undefined,
  permission: Permission,
): asserts staff is ExportingStaff {
  if (!staff) throw new AppError('unauthorized');
  if (!can(staff.role, permission))
    throw new AppError('forbidden', `Your role cannot do this (${permission}).`);
}

/**
 * A CSV file streamed row by row, so a large export starts at once and never sits whole in
 * memory. The first row is read before answering, so a refused filter fails the request, not
 * the file. A byte-order mark lets spreadsheets read accents in names right.
 */
export const csvStream = async <Row>(
  header: readonly string[],
  rows: AsyncIterator<Row>,
  toLine: (row: Row) => string,
): Promise<ReadableStream<Uint8Array>> => {
  let next = await rows.next();
  const encoder = new TextEncoder();
  return new ReadableStream({
    start: (controller) => controller.enqueue(encoder.encode(`\uFEFF${csvLine(header)}`)),
    pull: async (controller) => {
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(toLine(next.value)));
      next = await rows.next();
    },
  });
};

/**
 * The answer of a CSV download route: the file as an attachment, or the error in the API's
 * JSON error shape (401, 403, 400…) when it cannot be made.
 */
export const csvDownload = async (
  make: () => Promise<{ filename: string; stream: ReadableStream<Uint8Array> }>,
): Promise<Response> => {
  try {
    const { filename, stream } = await make();
    return new Response(stream, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    const { status, body } = toErrorResponse(error);
    return Response.json(body, { status });
  }
};

/** `segment-big-spenders-2026-11-24.csv`: what is exported, its subject's name as a slug, today. */
export const csvFilename = (what: string, name = '') => {
  const slug = name
    .normalize('NFD')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${[what, slug].filter(Boolean).join('-')}-${new Date().toISOString().slice(0, 10)}.csv`;
};
