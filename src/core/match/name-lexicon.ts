// Words that shape a personal name: honorific prefixes, generational and academic suffixes, surname
// particles and Chinese compound surnames. Compared lower-case without trailing periods.

export const TITLE_PREFIXES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'rev', 'fr', 'herr', 'frau', 'dipl.-ing',
  'ing', 'mag', 'mme', 'mlle', 'm', 'sr', 'sra', 'srta', 'don', 'doña', 'dhr', 'mevr', 'drs', 'ir', 'mw', 'sig', 'sig.ra',
]);

export const GENERATION_SUFFIXES: ReadonlySet<string> = new Set([
  'jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'ph.d', 'md', 'm.d', 'esq', 'mba', 'cpa', 'dds', 'jd', 'j.d', 'msc', 'bsc',
  'obe', 'mbe', 'cbe', 'frcs',
]);

/** Words that start a surname in Dutch, German, French, Spanish, Portuguese, Italian and Arabic names. */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'ter', 'ten',
  'zu', 'vom', 'bin', 'ibn', 'al', 'el', 'st', 'saint',
]);

/** Two-character Chinese surnames; every other Han surname is taken as one character. */
export const COMPOUND_HAN_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙', '公孫', '慕容',
  '令狐', '夏侯', '长孙', '長孫', '宇文', '司徒', '轩辕', '軒轅', '端木', '澹台', '南宫', '南宮', '西门', '西門',
]);

/** The lookup form of a name word: lower-case, without a trailing period or comma. */
export function lexiconKey(word: string): string {
  return word.toLowerCase().replace(/[.,]+$/u, '');
}
