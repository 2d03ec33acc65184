export { createAuth } from './create-auth.ts';
export type { Actor, AuthApp, AuthSetup, CreateAuthOptions } from './create-auth.ts';
export { customerAdapter } from './customer-adapter.ts';
export { createCustomerAuth, MAGIC_LINK_PROVIDER, PASSWORD_PROVIDER } from './customer-auth.ts';
export type { CustomerAuth, CustomerAuthSetup } from './customer-auth.ts';
export { createStaffAuth, STAFF_PASSWORD_PROVIDER } from './staff-auth.ts';
export type { StaffAuth, StaffAuthSetup, StaffSession } from './staff-auth.ts';
export { signInWaitMinutes } from './sign-in-limits.ts';
