// Recognizes where a reply's quoted history starts, in the forms mail clients write it in English,
// German, French, Spanish, Dutch, Portuguese, Italian, Polish, Swedish, Japanese, Chinese and Korean.
// Checks are prefix/suffix/includes tests on one trimmed line: no backtracking patterns.

const ORIGINAL_MESSAGE = [
  'original message', 'ursprüngliche nachricht', "message d'origine", 'message d’origine', 'mensaje original',
  'oorspronkelijk bericht', 'messaggio originale', 'mensagem original', 'forwarded message', 'weitergeleitete nachricht',
  'message transféré', 'mensaje reenviado', 'doorgestuurd bericht', 'mensagem encaminhada', 'messaggio inoltrato',
  'oryginalna wiadomość', 'ursprungligt meddelande', 'vidarebefordrat meddelande', '原始邮件', '原始郵件', '転送メッセージ',
  '元のメッセージ', '원본 메시지', '전달된 메시지',
];
const FROM_LABELS = ['from:', 'von:', 'de:', 'de :', 'van:', 'da:', 'od:', 'från:', 'fra:', '发件人:', '发件人：', '寄件者:', '寄件者：', '差出人:', '差出人：', '보낸 사람:'];
const FOLLOWING_LABELS = [
  'sent:', 'date:', 'to:', 'subject:', 'gesendet:', 'datum:', 'an:', 'betreff:', 'envoyé :', 'envoyé:', 'date :', 'à :',
  'objet :', 'enviado:', 'fecha:', 'para:', 'asunto:', 'verzonden:', 'verstuurd:', 'aan:', 'onderwerp:', 'inviato:',
  'data:', 'a:', 'oggetto:', 'wysłane:', 'do:', 'temat:', 'skickat:', 'till:', 'ämne:', '发送时间:', '发送时间：',
  '收件人:', '收件人：', '主题:', '主题：', '送信日時:', '送信日時：', '宛先:', '宛先：', '件名:', '件名：', '보낸 날짜:',
  '받는 사람:', '제목:',
];
const ATTRIBUTION_PREFIXES: readonly (readonly [string, string])[] = [
  ['on ', 'wrote:'], ['am ', 'schrieb'], ['le ', 'a écrit'], ['el ', 'escribió'], ['op ', 'schreef'], ['em ', 'escreveu'],
  ['il ', 'ha scritto'], ['dnia ', 'napisał'], ['den ', 'skrev'],
];
const ATTRIBUTION_ANYWHERE = ['wrote:', 'writes:', 'schrieb:', 'a écrit :', 'a écrit:', 'escribió:', 'schreef:', 'escreveu:', 'ha scritto:', 'napisał(a):', 'skrev:', '写道:', '写道：', '寫道:', '寫道：', 'のメッセージ:', '님이 작성:'];
const DEVICE_FOOTERS = [
  'sent from my', 'get outlook for', 'von meinem iphone gesendet', 'von meinem', 'envoyé de mon', 'envoyé depuis', 'enviado desde',
  'verzonden vanaf mijn', 'verstuurd vanaf', 'verzonden met', 'enviado do meu', 'enviado de meu', 'inviato da', 'sent from mail for windows',
  'sent with proton mail', 'sent from yahoo', 'sent via', 'gesendet von', 'gesendet mit', 'wysłane z', 'wysłano z', 'skickat från',
  'sendt fra', 'lähetetty', 'odesláno z', 'отправлено с', 'iphoneから送信', 'androidから送信', 'ipadから送信', '发自我的', '从我的',
  '從我的', '傳送自', 'iphone에서 보냄',
];

export function isQuotedLine(line: string): boolean {
  return line.trimStart().startsWith('>');
}

function lowered(line: string): string {
  return line.trim().toLowerCase();
}

/** "-----Original Message-----", "---------- Forwarded message ---------" and localized forms. */
export function isOriginalMessageLine(line: string): boolean {
  const text = lowered(line);
  if (!(text.startsWith('--') || text.startsWith('__') || text.startsWith('==') || text.startsWith('- '))) return false;
  return ORIGINAL_MESSAGE.some((phrase) => text.includes(phrase));
}

/** An Outlook-style header block: a From line followed within four lines by Sent/Date/To/Subject. */
export function isHeaderBlockAt(lines: readonly string[], index: number): boolean {
  const first = lowered(lines[index] ?? '').replace(/^\*+/, '');
  if (!FROM_LABELS.some((label) => first.startsWith(label))) return false;
  for (let i = index + 1; i <= index + 4 && i < lines.length; i += 1) {
    const next = lowered(lines[i] ?? '').replace(/^\*+/, '');
    if (FOLLOWING_LABELS.some((label) => next.startsWith(label))) return true;
  }
  return false;
}

/** "On … wrote:" and its localized forms, possibly wrapped onto the next line. */
export function isAttributionAt(lines: readonly string[], index: number): boolean {
  const text = lowered(lines[index] ?? '');
  if (text === '' || text.length > 300) return false;
  const next = lowered(lines[index + 1] ?? '');
  for (const [prefix, verb] of ATTRIBUTION_PREFIXES) {
    if (text.startsWith(prefix) && (text.includes(verb) || (next.length < 200 && next.includes(verb)))) return true;
  }
  return ATTRIBUTION_ANYWHERE.some((ending) => text.endsWith(ending));
}

/** A separator line of underscores Outlook puts before a header block. */
export function isUnderscoreRule(line: string): boolean {
  const text = line.trim();
  return text.length >= 10 && /^_+$/.test(text);
}

export function isDeviceFooter(line: string): boolean {
  const text = lowered(line);
  return text.length < 80 && DEVICE_FOOTERS.some((footer) => text.startsWith(footer));
}
