import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { signedInId } from '../../auth.ts';
import { TRPCProvider } from '../../trpc/react.tsx';

/**
 * The member's screens turned to someone else (the cashier): no header, no navigation, nothing
 * but what they need; a visitor is sent to sign in.
 */
const CashierLayout = async ({ children }: { children: ReactNode }) => {
  if (!(await signedInId())) redirect('/sign-in');
  return <TRPCProvider>{children}</TRPCProvider>;
};

export default CashierLayout;
