/** Where an API key's shop may use a discount: the e-shop online, tills in store; BOTH everywhere. */
export const channelsFor = (kind: 'STORE' | 'ESHOP') =>
  kind === 'ESHOP' ? (['ONLINE', 'BOTH'] as const) : (['STORE', 'BOTH'] as const);
