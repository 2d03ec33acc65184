/**
 * The shortest password accepted. A module of its own (`@fidele/validators/password-length`): the
 * browser's password fields and their error messages need the number, not zod's schemas.
 */
export const PASSWORD_MIN_LENGTH = 8;
