/**
 * The programme's own currency: tier thresholds on spend and spend figures are minor units of it
 * (purchases in other currencies are not converted). A module of its own
 * (`@fidele/validators/programme-currency`): the browser needs the code, not zod's schemas.
 */
export const PROGRAMME_CURRENCY = 'EUR';
