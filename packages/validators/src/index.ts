export * from './common.ts';
export * from './pos.ts';
