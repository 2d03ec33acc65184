'use client';

import type { CustomerRouter } from '@fidele/api';
import { createTRPCReact } from '@fidele/ui';

export const { TRPCProvider, useTRPC } = createTRPCReact<CustomerRouter>();
