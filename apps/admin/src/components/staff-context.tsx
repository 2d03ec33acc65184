'use client';

import type { StaffSession } from '@fidele/auth';
import { can, type Permission } from '@fidele/auth/permissions';
import { createContext, type ReactNode, useContext } from 'react';

/** Who is signed in, as the browser may know it (not the session id). */
export type SignedInStaff = Omit<StaffSession, 'sessionId'>;

const StaffContext = createContext<SignedInStaff | null>(null);

export const StaffProvider = ({
  staff,
  children,
}: {
  staff: SignedInStaff;
  children: ReactNode;
}) => <StaffContext.Provider value={staff}>{children}</StaffContext.Provider>;

export const useStaff = (): SignedInStaff => {
  const staff = useContext(StaffContext);
  if (!staff) throw new Error('useStaff is used outside the signed-in console');
  return staff;
};

/** Whether the signed-in role may do this: hides what the server would refuse anyway. */
export const useCan = (permission: Permission): boolean => can(useStaff().role, permission);
