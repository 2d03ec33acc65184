export * from './common.ts';
export * from './pos.ts';
export * from './staff.ts';
export * from './customer.ts';
export * from './rewards.ts';
export * from './reward-admin.ts';
export * from './reward-staff.ts';
export * from './earn-rule.ts';
