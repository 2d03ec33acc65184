import { z } from 'zod';
import { uuid } from './common.ts';

const tierText = (max: number) => z.string().trim().max(max, `At most ${max} characters`);

export const tierInput = z.object({
  /** Absent for a tier being added to the ladder. */
  id: uuid.optional(),
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][A-Z0-9_]{1,31}$/, 'Capital letters, digits and _, 2 to 32 characters'),
  name: tierText(80).min(1, 'Enter a name'),
  nameFr: tierText(80).min(1, 'Enter a French name'),
  benefitsEn: tierText(2000),
  benefitsFr: tierText(2000),
  colour: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^#[0-9a-f]{6}$/, 'A colour like #ca8a04'),
  threshold: z.number().int('Must be a whole number').min(0, 'Must not be negative'),
  /** ×100: 125 earns 1.25 times the points. */
  earnMultiplier: z
    .number()
    .int('Must be a whole number')
    .min(1, 'Must be above 0')
    .max(1_000, 'At most ×10'),
});

/** The whole ladder, lowest tier first: saved at once so it is checked as a whole. */
export const tierLadderInput = z.object({
  tiers: z
    .array(tierInput)
    .min(1, 'The ladder needs its entry tier')
    .max(10, 'At most 10 tiers')
    .refine(
      (tiers) => new Set(tiers.map((tier) => tier.code)).size === tiers.length,
      'Each tier needs its own code',
    ),
});

export const tierPinInput = z.object({
  customerId: uuid,
  tierId: uuid,
  /** Kept until then by the review; null lifts the pin. */
  until: z.coerce.date().nullable(),
  reason: z
    .string()
    .trim()
    .min(3, 'Give a reason of at least 3 characters')
    .max(500, 'Keep the reason under 500 characters'),
});

/** The tier change whose celebration the member has seen in the portal. */
export const tierCelebrationInput = z.object({ changeId: uuid });
