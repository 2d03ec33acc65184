'use client';

import type { StaffSession } from '@fidele/auth';
import { can, type Permission } from '@fidele/auth/permissions';
import { createContext, type ReactNode, useContext } from 'react';

const StaffContext = createContext<StaffSession | null>(null);

export const StaffProvider = ({
  staff,
  children,
}: {
  staff: StaffSession;
  children: ReactNode;
}) => <StaffContext.Provider value={staff}>{children}</StaffContext.Provider>;

export const useStaff = (): StaffSession => {
  const staff = useContext(StaffContext);
  if (!staff) throw new Error('useStaff is used outside the signed-in console');
  return staff;
};

/** Whether the signed-in role may do this: hides what the server would refuse anyway. */
export const useCan = (permission: Permission): boolean => can(useStaff().role, permission);
