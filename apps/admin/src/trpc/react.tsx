'use client';

import type { StaffRouter } from '@fidele/api';
import { createTRPCReact } from '@fidele/ui';

export const { TRPCProvider, useTRPC } = createTRPCReact<StaffRouter>();
