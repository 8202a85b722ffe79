// Closing phrases that end a message body and introduce the signature, in the languages we see most.
// Compared after NFKC, lower-casing and removing trailing punctuation; "Best, Ann" counts too.

const SIGN_OFFS: ReadonlySet<string> = new Set([
  // English
  'best regards', 'kind regards', 'warm regards', 'warmest regards', 'regards', 'best', 'best wishes', 'all the best',
  'cheers', 'thanks', 'thank you', 'many thanks', 'thanks again', 'thanks & regards', 'thanks and regards',
  'thanks in advance', 'sincerely', 'yours sincerely', 'sincerely yours', 'yours truly', 'yours faithfully',
  'respectfully', 'warmly', 'talk soon', 'take care', 'with thanks', 'with best regards', 'with kind regards',
  'br', 'rgds', 'kr', 'thx', 'speak soon', 'best,', 'many thanks and best regards', 'thank you and best regards',
  // German
  'mit freundlichen grüßen', 'mit freundlichen grüssen', 'mfg', 'freundliche grüße', 'freundliche grüsse',
  'viele grüße', 'viele grüsse', 'beste grüße', 'beste grüsse', 'liebe grüße', 'liebe grüsse', 'lg', 'vg', 'gruß',
  'gruss', 'grüße', 'grüsse', 'herzliche grüße', 'herzliche grüsse', 'schöne grüße', 'danke', 'vielen dank',
  'besten dank', 'mit besten grüßen', 'mit besten grüssen', 'mit freundlichem gruß', 'mit freundlichem gruss',
  // French
  'cordialement', 'bien cordialement', 'très cordialement', 'bien à vous', 'salutations', 'meilleures salutations',
  'sincères salutations', 'bonne journée', 'merci', 'merci beaucoup', 'amicalement', 'bien amicalement', 'à bientôt',
  // Spanish
  'saludos', 'un saludo', 'saludos cordiales', 'atentamente', 'un cordial saludo', 'cordialmente', 'gracias',
  'muchas gracias', 'abrazos', 'un abrazo', 'quedo atento', 'quedo atenta', 'quedo a la espera',
  // Dutch
  'met vriendelijke groet', 'met vriendelijke groeten', 'vriendelijke groet', 'groeten', 'groet', 'mvg',
  'hartelijke groet', 'met hartelijke groet', 'bedankt', 'alvast bedankt', 'met groet',
  // Portuguese
  'atenciosamente', 'cumprimentos', 'melhores cumprimentos', 'com os melhores cumprimentos', 'abraços', 'abraço',
  'obrigado', 'obrigada', 'att', 'saudações', 'um abraço',
  // Italian
  'cordiali saluti', 'distinti saluti', 'saluti', 'un saluto', 'grazie', 'buona giornata', 'a presto',
  // Polish, Swedish, Danish, Norwegian
  'pozdrawiam', 'z poważaniem', 'serdecznie pozdrawiam', 'z wyrazami szacunku', 'med vänliga hälsningar',
  'vänliga hälsningar', 'mvh', 'hälsningar', 'med venlig hilsen', 'venlig hilsen', 'med vennlig hilsen', 'hilsen',
  // Czech, Slovak, Hungarian, Finnish, Greek, Russian, Turkish, Romanian
  's pozdravem', 's přátelským pozdravem', 'se srdečným pozdravem', 's pozdravom', 'üdvözlettel', 'tisztelettel',
  'ystävällisin terveisin', 'terveisin', 'με εκτίμηση', 'с уважением', 'с наилучшими пожеланиями', 'saygılarımla',
  'cu stimă', 'cu drag',
  // Chinese, Japanese, Korean
  '谢谢', '謝謝', '此致', '敬礼', '祝好', '顺祝商祺', '感谢', '以上', '감사합니다', '고맙습니다',
]);
const JAPANESE_ENDINGS = ['よろしくお願いいたします', 'よろしくお願いします', '宜しくお願いいたします', '宜しくお願い致します', 'よろしくお願い致します'];
const TRAILING = /[\s,.!。！、，…:;~-]+$/u;

function normalized(line: string): string {
  return line.normalize('NFKC').trim().toLowerCase().replace(TRAILING, '');
}

/** Longer lines are never sign-offs; checking this first keeps the trailing-punctuation pattern cheap. */
const MAX_SIGN_OFF_CHARS = 80;

export function isSignOff(line: string): boolean {
  if (line.length > MAX_SIGN_OFF_CHARS) return false;
  const text = normalized(line);
  if (text === '' || text.length > 60) return false;
  if (SIGN_OFFS.has(text)) return true;
  if (JAPANESE_ENDINGS.some((ending) => text.endsWith(ending))) return true;
  const comma = text.indexOf(',');
  if (comma > 0 && text.length - comma < 30) return SIGN_OFFS.has(text.slice(0, comma).trim());
  return false;
}
