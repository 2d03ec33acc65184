import { isAppError } from '../errors.ts';

/** The domain's code a use case refused with; fails the test if it succeeded or threw otherwise. */
export const refusal = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
};
