// Decoding of HTML character references (&amp; &#233; &#x20AC;) in one left-to-right pass.
// Only the named references that occur in real mail signatures are known; others stay as written.

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', shy: '',
  zwnj: '', zwj: '', ndash: '–', mdash: '—', middot: '·', bull: '•', hellip: '…', copy: '©', reg: '®', trade: '™',
  laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', euro: '€',
  pound: '£', yen: '¥', cent: '¢', sect: '§', deg: '°', plusmn: '±', times: '×', divide: '÷', para: '¶',
  iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º', szlig: 'ß', vert: '|', verbar: '|', colon: ':', sol: '/',
  commat: '@', plus: '+', lpar: '(', rpar: ')', period: '.', comma: ',', num: '#', excl: '!',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç', Egrave: 'È',
  Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï', Ntilde: 'Ñ', Ograve: 'Ò',
  Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø', Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü',
  Yacute: 'Ý', agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
  egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï', ntilde: 'ñ',
  ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø', ugrave: 'ù', uacute: 'ú', ucirc: 'û',
  uuml: 'ü', yacute: 'ý', yuml: 'ÿ', oelig: 'œ', OElig: 'Œ', scaron: 'š', Scaron: 'Š', zcaron: 'ž', Zcaron: 'Ž',
};

/** References longer than this are not references: scanning stops, keeping the pass linear. */
const MAX_REFERENCE_CHARS = 12;

function decodeOne(body: string): string | undefined {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = body.slice(hex ? 2 : 1);
    if (digits === '' || !(hex ? /^[0-9a-f]+$/i : /^[0-9]+$/).test(digits)) return undefined;
    const code = Number.parseInt(digits, hex ? 16 : 10);
    if (code === 0xa0) return ' ';
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
  }
  return NAMED[body];
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let from = 0;
  let amp = text.indexOf('&');
  while (amp >= 0) {
    const limit = Math.min(text.length, amp + MAX_REFERENCE_CHARS);
    let semi = -1;
    for (let i = amp + 1; i < limit; i += 1) {
      const ch = text[i];
      if (ch === ';') { semi = i; break; }
      if (ch === '&' || ch === ' ' || ch === '<') break;
    }
    const decoded = semi > amp ? decodeOne(text.slice(amp + 1, semi)) : undefined;
    if (decoded !== undefined) {
      out += text.slice(from, amp) + decoded;
      from = semi + 1;
    }
    amp = text.indexOf('&', decoded !== undefined ? from : amp + 1);
  }
  return out + text.slice(from);
}
