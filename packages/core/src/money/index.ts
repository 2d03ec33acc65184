export { minorUnitDigits, wholeUnits } from './currency.ts';
