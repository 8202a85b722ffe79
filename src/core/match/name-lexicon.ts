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

/**
 * Given names that mark a Spanish or Portuguese name, folded (lower-case, no accents). Such names carry
 * compound given names ("María Fernanda", "João Pedro") and two surnames ("Villaseñor Garza"), so
 * "Given Word Word" reads as one given name and a double surname, and "Given Given Word…" as a compound
 * given name. Names just as common in English, German or Italian (Maria, Martin, Sebastian, Paula) are not
 * here: they count only when written with their Spanish or Portuguese accent (IBERIAN_WHEN_ACCENTED).
 */
export const IBERIAN_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'jose', 'juan', 'luis', 'carlos', 'javier', 'alejandro', 'alejandra', 'fernanda', 'fernando', 'camila', 'joao',
  'pedro', 'paulo', 'ana', 'francisco', 'miguel', 'jesus', 'andres', 'diego', 'santiago', 'mateo', 'ximena',
  'guadalupe', 'pilar', 'rosario', 'dolores', 'concepcion', 'beatriz', 'juana', 'pablo', 'jorge', 'ignacio',
  'gonzalo', 'rodrigo', 'raul', 'ramon', 'agustin', 'esteban', 'joaquin', 'marcelo', 'gustavo', 'luciana',
  'florencia', 'josefina', 'constanza', 'rocio', 'nuria', 'montserrat', 'jordi', 'joana', 'joaquim', 'goncalo',
  'rui', 'vitor', 'thiago', 'tiago', 'fabiola', 'alvaro', 'inigo', 'borja', 'mauricio', 'hernan', 'matias',
  'facundo', 'lautaro', 'felipe', 'eduardo', 'enrique', 'carmen', 'mariana', 'ricardo',
]);

/** Names shared with other languages that mark a Spanish or Portuguese name only with the accent: María, Inês. */
export const IBERIAN_WHEN_ACCENTED: ReadonlySet<string> = new Set([
  'maria', 'lucia', 'ines', 'tomas', 'martin', 'sofia', 'monica', 'veronica', 'victor', 'hector', 'cesar', 'ivan',
  'nicolas', 'sebastian', 'angel', 'oscar', 'ruben', 'adrian', 'simon', 'julian', 'fatima', 'belen',
]);

/** The comparison form for the name sets above: lower-case, without accents. */
export function foldedName(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
