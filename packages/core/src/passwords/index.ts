export {
  changePassword,
  checkPasswordLink,
  createPasswordLink,
  requestPasswordReset,
  sendSupportPasswordLink,
  setPasswordWithLink,
} from './password-links.ts';
export type { PasswordActor, PasswordHasher, PasswordLink } from './password-links.ts';
export {
  hashPasswordToken,
  isPasswordTokenLive,
  issuePasswordToken,
  PASSWORD_TOKEN_LIFETIME_MS,
} from './password-token.ts';
