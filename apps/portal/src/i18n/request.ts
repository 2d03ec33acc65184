import { createRequestConfig } from '@fidele/i18n/request-config';

export default createRequestConfig('portal');
