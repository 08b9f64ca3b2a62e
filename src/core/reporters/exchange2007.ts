import type { Reporter } from './types';

export const exchange2007: Reporter = {
  id: 'exchange2007',
  name: 'Microsoft Exchange Server',
  signals: {
    headers: ['x-ms-exchange-message-is-ndr'],
    text: /Diagnostic information for administrators|Generating server:|Remote Server returned|Informations de diagnostic pour les administrateurs|Informazioni di diagnostica per gli amministratori|Diagnoseinformationen f(?:ü|ue)r Administratoren|Informaci(?:ó|o)n de diagn(?:ó|o)stico para administradores|Diagnostisk information|管理者向けの診断情報|Sent by Microsoft Exchange Server/i,
  },
};
