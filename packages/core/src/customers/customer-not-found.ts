import { AppError } from '../errors.ts';

export const customerNotFound = () =>
  new AppError('customer_not_found', 'No customer matches this identifier.');
