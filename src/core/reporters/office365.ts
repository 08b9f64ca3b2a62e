import type { Reporter } from './types';

export const office365: Reporter = {
  id: 'office365',
  name: 'Microsoft 365 / Exchange Online',
  signals: {
    headers: ['x-ms-exchange-crosstenant-originalarrivaltime', 'x-ms-exchange-crosstenant-fromentityheader'],
    from: /onmicrosoft\.com|postmaster@outlook\.com/,
    text: /Original Message Details|More Info for Email Admins|Microsoft 365|Office 365|protection\.outlook\.com/i,
  },
};
