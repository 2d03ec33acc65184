import { z } from 'zod';
import { email } from './common.ts';
import { newPassword } from './customer.ts';

/** Schemas of "forgot password" and password change, the same for the portal and the admin. */

export const passwordResetRequestInput = z.object({ email });

/** The token of an emailed link (43 characters of base64url). */
export const passwordLinkToken = z.string().trim().min(20).max(100);

export const passwordLinkInput = z.object({ token: passwordLinkToken });

export const passwordSetInput = z.object({ token: passwordLinkToken, password: newPassword });

export const passwordChangeInput = z.object({
  currentPassword: z.string().min(1, 'Enter your current password').max(200),
  newPassword,
});
