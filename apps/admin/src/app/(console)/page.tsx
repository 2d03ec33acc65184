import { can } from '@fidele/auth/permissions';
import { redirect } from 'next/navigation';
import { currentStaff } from '@/auth.ts';

/** The dashboard for those who may read it; support starts from the customers. */
const ConsoleHome = async () => {
  const staff = await currentStaff();
  redirect(staff && can(staff.role, 'dashboard:read') ? '/dashboard' : '/customers');
};

export default ConsoleHome;
