// Lines that end a signature: confidentiality disclaimers, company-register footers and
// "Sent from my phone" lines. Disclaimer words only count in long lines, register words anywhere.

import { isDeviceFooter } from './reply-markers.js';

const DISCLAIMER_WORDS = [
  'confidential', 'vertraulich', 'confidentiel', 'confidencial', 'vertrouwelijk', 'riservat', 'poufn', 'konfidentiell',
  'fortrolig', 'privileged', 'intended recipient', 'intended solely', 'destinataire', 'destinatario', 'destinatário',
  'geadresseerde', 'empfänger', 'disclaimer', 'consider the environment', 'before printing', "avant d'imprimer",
  'antes de imprimir', 'bevor sie diese', '机密', '機密', '保密', '秘密', '기밀',
];
const REGISTER_WORDS = [
  'registered in england', 'registered in scotland', 'registered in ireland', 'registered office', 'company number',
  'company registration', 'sitz der gesellschaft', 'registergericht', 'handelsregister', 'amtsgericht', 'geschäftsführer:',
  'geschäftsführung:', 'vorstand:', 'ust-id', 'vat no', 'vat number', 'kvk', 'siret', 'siren', 'rcs ', 'capital social',
  'cif:', 'nif:', 'p.iva', 'partita iva', 'registro mercantil', 'cnpj', 'abn:', 'handelsregisternummer',
];
const DISCLAIMER_MIN_CHARS = 60;

export function endsSignature(line: string): boolean {
  const text = line.trim().toLowerCase();
  if (text === '') return false;
  if (isDeviceFooter(text)) return true;
  if (REGISTER_WORDS.some((word) => text.includes(word))) return true;
  return text.length >= DISCLAIMER_MIN_CHARS && DISCLAIMER_WORDS.some((word) => text.includes(word));
}
