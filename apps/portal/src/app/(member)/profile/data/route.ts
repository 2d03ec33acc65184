import { dataDownload } from '@fidele/api';
import { AppError } from '@fidele/core';
import { signedIn } from '../../../../auth.ts';
import { serverCaller } from '../../../../server-caller.ts';

/** Everything the programme holds about her, as a JSON file (Profile → Your data). */
export const GET = () =>
  dataDownload(async () => {
    const customer = await signedIn();
    if (!customer) throw new AppError('unauthorized');
    return (await serverCaller(customer)).privacy.exportData();
  });
