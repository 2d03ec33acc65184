import { redirect } from 'next/navigation';

const ConsoleHome = () => redirect('/customers');

export default ConsoleHome;
