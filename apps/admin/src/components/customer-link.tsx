import Link from 'next/link';

type NamedCustomer = { id: string; firstName: string; lastName: string | null };

export const customerName = (customer: Omit<NamedCustomer, 'id'>) =>
  [customer.firstName, customer.lastName].filter(Boolean).join(' ');

/** A customer's name, opening their page. */
export const CustomerLink = ({ customer }: { customer: NamedCustomer }) => (
  <Link
    href={`/customers/${customer.id}`}
    className="font-semibold text-brand-800 underline-offset-2 hover:underline"
  >
    {customerName(customer)}
  </Link>
);
