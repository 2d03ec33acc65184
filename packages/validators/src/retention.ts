import { z } from 'zod';

/** The bounds the database's CHECK keeps too: one to ten years. */
export const RETENTION_MONTHS = { min: 12, max: 120, default: 36 } as const;

const between = `Between ${RETENTION_MONTHS.min} and ${RETENTION_MONTHS.max} months`;

/** How long the data of a customer without contact is kept, as the owner sets it. */
export const retentionSettingsInput = z.object({
  retentionMonths: z
    .number()
    .int(between)
    .min(RETENTION_MONTHS.min, between)
    .max(RETENTION_MONTHS.max, between),
});

export type RetentionSettingsInput = z.infer<typeof retentionSettingsInput>;
