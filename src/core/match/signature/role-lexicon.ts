// Words that mark a signature line as a job title or as a company name, across the corpus languages.
// Titles match a whole word, or (for compounding languages) a word containing one of TITLE_STEMS.

import { nameTokens } from '../../contact/normalize-name.js';

/** Lexicon entries folded like the words they are compared with (lower-case, no diacritics). */
function folded(words: readonly string[]): string[] {
  return words.map((word) => nameTokens(word).join(''));
}

const TITLE_WORDS: ReadonlySet<string> = new Set(folded([
  'vp', 'svp', 'evp', 'avp', 'ceo', 'cto', 'cfo', 'coo', 'cmo', 'cio', 'cso', 'ciso', 'md', 'lead', 'head', 'partner',
  'founder', 'cofounder', 'owner', 'principal', 'intern', 'trainee', 'president', 'chairman', 'chair', 'secretary',
  'treasurer', 'associate', 'attorney', 'counsel', 'lawyer', 'paralegal', 'professor', 'lecturer', 'researcher',
  'editor', 'writer', 'journalist', 'recruiter', 'nurse', 'physician', 'surgeon', 'pharmacist', 'accountant',
  'controller', 'auditor', 'clerk', 'receptionist', 'agent', 'broker', 'realtor', 'photographer', 'producer',
  'sales', 'senior', 'junior', 'staff', 'chief', 'executive', 'ejecutiva', 'ejecutivo', 'gerente', 'jefe', 'jefa',
  'responsable', 'responsabile', 'kierownik', 'dyrektor', 'specjalista', 'prezes', 'abogado', 'abogada', 'advocaat',
  'rechtsanwalt', 'rechtsanwältin', 'notar', 'inhaber', 'inhaberin', 'eigenaar', 'vendedor', 'vendedora', 'asesor',
  'asesora', 'gérant', 'gérante', 'commercial', 'commerciale', 'chargé', 'chargée', 'stagiaire', 'adjoint', 'adjointe',
  'vorstand', 'prokurist', 'prokuristin', 'sachbearbeiter', 'sachbearbeiterin', 'medewerker', 'medewerkster',
  'diretor', 'diretora', 'analista', 'gerente', 'socio', 'socia', 'sócio', 'sócia', 'titular', 'vd', 'säljare',
  'comptable', 'expert', 'experte', 'avocat', 'avocate', 'notaire', 'ombudsman', 'juriste', 'encargado', 'encargada',
  'técnico', 'técnica', 'auxiliar', 'contador', 'contadora', 'representante', 'gestor', 'gestora', 'assessor',
  'assessora', 'responsável', 'chefe', 'titolare', 'impiegato', 'impiegata', 'mitarbeiter', 'mitarbeiterin',
  'przedstawiciel', 'asystent', 'asystentka',
]));
const TITLE_STEMS = folded([
  'manager', 'leiter', 'leider', 'leader', 'berater', 'referent', 'ingenieur', 'ingénieur', 'ingeniero', 'ingeniera',
  'engenheir', 'engineer', 'entwickler', 'developer', 'direktor', 'director', 'directeur', 'directrice', 'direttore',
  'direttrice', 'architect', 'architekt', 'consultant', 'consultor', 'consulent', 'chef', 'officer', 'specialist',
  'spezialist', 'spécialiste', 'especialista', 'analyst', 'analist', 'coordinator', 'coordinador', 'coordenador',
  'coordinat', 'koordinator', 'assistant', 'assistent', 'asistente', 'supervisor', 'designer', 'scientist', 'gründer',
  'fondateur', 'fundador', 'administrator', 'administrat', 'technician', 'techniker', 'representative', 'adviseur',
  'advisor', 'adviser', 'programmer', 'programmeur', 'operator', 'planner', 'planer', 'buyer', 'einkäufer',
  'geschäftsführer', 'geschäftsführerin', 'vertrieb', 'verkäufer', 'försäljning', 'säljchef', 'arquitect',
  'architett', 'leder', 'ledare', 'johtaja', 'päällikkö', 'asiantuntija', 'vedoucí', 'ředitel', 'redaktor', 'kurator',
  'müdür', 'uzman', 'mühendis', 'руководител', 'директор', 'менеджер', 'начальник', 'специалист', 'инженер',
  'бухгалтер', 'юрист', 'аналитик', 'консультант', 'διευθυντ', 'conseill', 'presiden', 'superintend', 'promotor',
]);
/** Job titles in Chinese, Japanese and Korean signatures (matched as substrings). */
const CJK_TITLES = [
  '部長', '課長', '係長', '主任', '社長', '取締役', '代表', '部长', '经理', '經理', '总监', '總監', '工程师', '工程師', '主管',
  '董事', '总裁', '總裁', '助理', '专员', '專員', 'マネージャー', 'エンジニア', 'ディレクター', '과장', '부장', '대리', '사원',
  '팀장', '이사', '대표', '차장', '실장', '주임', '次長', '室長', '所長', '支店長', '会長', '専務', '常務', '担当', '顧問',
  '顾问', '律师', '秘书', '会计师', '设计师',
];

const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'incorporated', 'llc', 'l.l.c.', 'llp', 'lp', 'ltd', 'ltd.', 'limited', 'plc', 'pllc', 'pc', 'p.c.',
  'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'gmbh', 'ag', 'kg', 'ohg', 'gbr', 'e.v.', 'ug',
  'mbh', 'sa', 's.a.', 'sas', 's.a.s.', 'sarl', 's.a.r.l.', 'sàrl', 'sl', 's.l.', 'slu', 's.l.u.', 'bv', 'b.v.', 'nv',
  'n.v.', 'vof', 'spa', 's.p.a.', 'srl', 's.r.l.', 'lda', 'lda.', 'ltda', 'ltda.', 'eireli', 'pty', 'pvt',
  'pvt.', 'ab', 'oy', 'oyj', 'asa', 'a/s', 'aps', 'kk', 'k.k.', 'sp.', 'group', 'groupe', 'grupo', 'gruppe',
  'holding', 'holdings', 'partners', 'associates', 'c.v.', 'sapi', 'sprl', 'bvba', 'se', 'kgaa', 's.l.p.', 'slp',
  's.r.o.', 'sro', 'a.s.', 'spol.', 'kft', 'kft.', 'zrt', 'zrt.', 'd.o.o.', 'doo', 'ooo', 'a/s', 'sa.', 'scs', 'sci',
  'a.ş.', 'şti.', 'a.e.', 'asociados', 'associados', 'associés', 'abogados', 'advogados', 'avocats', 'rechtsanwälte',
]);
const LEADING_FORMS: ReadonlySet<string> = new Set(['ооо', 'оао', 'зао', 'пао', 'ао', 'ип', 'тоо', 'тов', 'пп']);
const CJK_COMPANY_MARKERS = ['株式会社', '有限会社', '合同会社', '有限公司', '股份有限公司', '公司', '集团', '集團', '주식회사', '(주)', '㈜'];
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** Words that open a department name ("Ufficio Commerciale", "Abteilung Einkauf"), which is not a job title. */
const DEPARTMENT_OPENERS: ReadonlySet<string> = new Set(folded([
  'department', 'dept', 'division', 'abteilung', 'bereich', 'ufficio', 'reparto', 'service', 'servicio', 'serviço',
  'departamento', 'departement', 'département', 'afdeling', 'avdelning', 'afdelingen', 'dział', 'oddělení',
]));

/**
 * Words of a department, function or region that may follow a title after a comma ("Vice President,
 * Client Services", "Assistant Manager, Exports", "Director, EMEA"): such a tail is part of the title,
 * while any other tail ("Account Executive, Pinecrest Media") names the company.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(folded([
  'export', 'exports', 'import', 'imports', 'sales', 'marketing', 'operations', 'engineering', 'finance', 'accounts',
  'accounting', 'hr', 'human', 'resources', 'people', 'talent', 'product', 'products', 'research', 'development', 'rd',
  'legal', 'compliance', 'risk', 'strategy', 'communications', 'partnerships', 'business', 'client', 'clients',
  'customer', 'customers', 'services', 'service', 'success', 'support', 'procurement', 'purchasing', 'logistics',
  'supply', 'chain', 'it', 'technology', 'digital', 'data', 'security', 'infrastructure', 'quality', 'design',
  'brand', 'content', 'media', 'relations', 'affairs', 'investor', 'public', 'government', 'retail', 'wholesale',
  'channel', 'enterprise', 'accounts', 'key', 'new', 'region', 'regional', 'global', 'international', 'national',
  'emea', 'apac', 'americas', 'latam', 'europe', 'asia', 'pacific', 'africa', 'north', 'south', 'east', 'west',
  'central', 'america', 'nordics', 'dach', 'benelux', 'uk', 'us', 'department', 'division', 'team', 'office',
  'and', 'of', 'the', 'for', 'ventas', 'compras', 'exportaciones', 'operaciones', 'finanzas', 'proyectos', 'vendas',
  'compras', 'vertrieb', 'einkauf', 'export', 'ventes', 'achats', 'de', 'y', 'e', 'et', 'und',
]));

/** True when every word of the text names a department, function or region. */
export function isFunctionPhrase(text: string): boolean {
  const words = nameTokens(text);
  return words.length > 0 && words.every((word) => FUNCTION_WORDS.has(word));
}

/** A department name: "Ufficio Commerciale", "Abteilung Einkauf", "営業部", "技術部". */
export function looksLikeDepartment(segment: string): boolean {
  if (hasCjk(segment)) return /[部課室]$/u.test(segment.trim()) && !CJK_TITLES.some((title) => segment.includes(title));
  return DEPARTMENT_OPENERS.has(nameTokens(segment)[0] ?? '');
}

export function looksLikeTitle(segment: string): boolean {
  if (hasCjk(segment)) return CJK_TITLES.some((title) => segment.includes(title));
  const words = nameTokens(segment);
  if (DEPARTMENT_OPENERS.has(words[0] ?? '')) return false;
  return words.some((word) => TITLE_WORDS.has(word) || TITLE_STEMS.some((stem) => word.includes(stem)));
}

export function looksLikeCompany(segment: string): boolean {
  if (hasCjk(segment) && CJK_COMPANY_MARKERS.some((marker) => segment.includes(marker))) return true;
  const words = segment.toLowerCase().split(/[\s,]+/u).filter((w) => w !== '').map((w) => w.replace(/[,;]+$/u, ''));
  if (words.length < 2) return false;
  // Russian and Kazakh legal forms come first: ООО «Пример», АО «Пример».
  if (LEADING_FORMS.has(words[0] ?? '')) return true;
  // "AS" (Norway) only in capitals: as a lower-case word it is English.
  if (/\s(?:AS|ASA)$/u.test(segment.trim())) return true;
  return words.slice(1).some((word) => COMPANY_SUFFIXES.has(word)) || segment.toLowerCase().includes(' sp. z o.o') || segment.includes(' S.A. de C.V.');
}

/** The CJK job title inside a segment that also names a department ("営業部 課長" → "課長"). */
export function cjkTitlePart(segment: string): string {
  const parts = segment.split(/[\s\u3000]+/u).filter((part) => part !== '');
  return parts.find((part) => CJK_TITLES.some((title) => part.includes(title)) && !CJK_COMPANY_MARKERS.some((marker) => part.includes(marker))) ?? segment;
}

/** The CJK company name inside a segment that also names a department ("大阪サンプル株式会社 開発部"). */
export function cjkCompanyPart(segment: string): string {
  const parts = segment.split(/[\s\u3000]+/u);
  return parts.find((part) => CJK_COMPANY_MARKERS.some((marker) => part.includes(marker))) ?? segment;
}

/** True when every word of the text is a legal-form suffix ("Inc.", "S.A. de C.V.", "Lda."). */
export function isSuffixOnly(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/u).filter((w) => w !== '');
  return words.length > 0 && words.every((word) => COMPANY_SUFFIXES.has(word) || COMPANY_SUFFIXES.has(word.replace(/\.$/u, '')) || word === 'de');
}
