export * from './programme-days.ts';
export { instantOfWallClock, wallClockText } from './wall-clock-text.ts';
