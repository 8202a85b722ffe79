// Labels that say what kind of phone number follows (or, in parentheses, precedes) them:
// "M:", "Mob.", "Handy", "Portable", "Móvil", "手机" → mobile; "Fax", "F:" → fax; "Tel", "T:", "Direct" → office.

export type PhoneKind = 'mobile' | 'office' | 'fax' | 'other';
/** What a label says: a kind, or just "telephone" (Tel, Phone, Puh.), which leaves the kind to the number type. */
export type PhoneLabel = PhoneKind | 'phone';

const LABELS: Readonly<Record<string, PhoneLabel>> = {};
const add = (kind: PhoneLabel, words: string): void => {
  for (const word of words.split('|')) (LABELS as Record<string, PhoneLabel>)[word] = kind;
};
add('mobile', 'm|mob|mobile|mobil|mobiel|cell|cellular|cel|celular|cellulare|cell phone|mobile phone|handy|portable|port|'
  + 'móvil|movil|gsm|kom|komórka|tel. kom|telm|telem|telemóvel|telemovel|tlm|iphone|whatsapp|natel|mobiltelefon|'
  + '手机|手機|携帯|携帯電話|ケータイ|휴대폰|핸드폰|휴대전화|c|📱|📲|hp|h/p|handphone');
add('fax', 'f|fax|telefax|fax number|facsimile|传真|傳真|ファックス|ファクス|팩스|📠');
add('phone', 't|tel|tél|telephone|téléphone|telefon|telefone|telefoon|teléfono|telefono|phone|ph|p|fon|fono|电话|電話|전화|'
  + 'tfn|tlf|tlf.|puh|puhelin|tel.|☎|📞|☏|✆|call');
add('office', 'o|off|office|work|w|direct|d|dd|dir|direct dial|direct line|durchwahl|büro|festnetz|zentrale|switchboard|'
  + 'main|växel|vaxel|b|bus|business|landline|standard|central|tel/fax|tel./fax|toll free|toll-free|座机|직통|대표|'
  + 'ligne directe|vaste lijn|kantoor|did|dl|direct tel|tel. direct');
add('other', 'h|home|privat|private|res|residence|casa|domicile|pager|priv');

const EDGE = /^[\s:：.|/,;()[\]–—-]+|[\s:：.|/,;()[\]–—-]+$/gu;

/** The kind named by the last one or two words of `before`, e.g. "Office: " → office. */
export function kindBefore(before: string): PhoneLabel | undefined {
  const words = before.toLowerCase().replace(/\uFE0F/gu, '').replace(EDGE, '').split(/[\s:：|]+/u).filter((w) => w !== '');
  const last = words[words.length - 1]?.replace(/\.$/u, '');
  const lastTwo = words.slice(-2).join(' ').replace(/\.$/u, '');
  return LABELS[lastTwo] ?? (last === undefined ? undefined : LABELS[last]);
}

/** A label right after a number, in parentheses or as the next word: "(m)", "(fax)", "office |". */
export function kindAfter(after: string): PhoneLabel | undefined {
  const match = /^\s*(?:\(([^()]{1,12})\)|([\p{L}]{1,12})\.?(?=\s*(?:[|·•,;/]|$)))/u.exec(after);
  const word = match?.[1] ?? match?.[2];
  return word === undefined ? undefined : LABELS[word.trim().toLowerCase().replace(/\.$/u, '')];
}
