import { describe, expect, it } from 'vitest';
import { classifyRoles, splitSegments } from '../../../../../src/core/match/signature/classify-roles.js';

const context = { isName: (s: string) => s.startsWith('Ann '), isAddressPart: () => false, domainLabel: 'greenleafenergy' };

describe('splitSegments', () => {
  it.each([
    ['Ann Lee | Staff Engineer | Initech, Inc.', ['Ann Lee', 'Staff Engineer', 'Initech, Inc.']],
    ['Office Manager, Greenleaf Energy', ['Office Manager', 'Greenleaf Energy']],
    ['Vice President, Client Services', ['Vice President, Client Services']],
    ['Robert Chen, Esq.', ['Robert Chen, Esq.']],
    ['Senior Engineer at Contoso', ['Senior Engineer', 'Contoso']],
    ['Account Executive, Pinecrest Media', ['Account Executive', 'Pinecrest Media']],
    ['Head of Operations – Fenwick & Co Ltd', ['Head of Operations', 'Fenwick & Co Ltd']],
    ['Account Executive – Wholesale', ['Account Executive – Wholesale']],
    ['Assistant Manager, Exports', ['Assistant Manager, Exports']],
    ['Regional Director, EMEA', ['Regional Director, EMEA']],
    ['丸の内商事株式会社\u3000海外事業部 部長', ['丸の内商事株式会社', '部長']],
  ])('splits %s', (line, segments) => {
    expect(splitSegments(line, (p) => p === 'Greenleaf Energy')).toEqual(segments);
  });
});

describe('classifyRoles', () => {
  it.each([
    ['title by role word, company by legal suffix', ['Ann Lee', 'Leiter Vertrieb', 'Muster Maschinenbau GmbH'], 'Leiter Vertrieb', 'Muster Maschinenbau GmbH'],
    ['company by the sender domain', ['Ann Lee', 'Office Manager, Greenleaf Energy'], 'Office Manager', 'Greenleaf Energy'],
    ['company as the line after the title', ['Ann Lee', 'Account Executive', 'Brightstar'], 'Account Executive', 'Brightstar'],
    ['CJK company with a department', ['大阪サンプル株式会社 開発部', '部長'], '部長', '大阪サンプル株式会社'],
    ['a company named after the sender is still a company', ['Ann Lee & Partners LLP'], undefined, 'Ann Lee & Partners LLP'],
    ['nothing in a name-only block', ['Ann Lee'], undefined, undefined],
    ['title and company on one line, split at the pipe', ['Ann Lee', 'CTO | BrightPath Analytics'], 'CTO', 'BrightPath Analytics'],
    ['a domain name is never the company', ['Ann Lee', 'CTO', 'greenleafenergy.example.com'], 'CTO', undefined],
    ['a CJK title after the name', ['Ann Lee 과장', '(주)한빛소프트웨어 영업팀'], '과장', '(주)한빛소프트웨어'],
    ['a CJK title after its department', ['浪速機器株式会社', '営業部 課長'], '課長', '浪速機器株式会社'],
    ['a title outside the lexicon under the name, when the company is known', ['Ann Lee', 'Lektorin', 'Nordlicht Verlag GmbH'], 'Lektorin', 'Nordlicht Verlag GmbH'],
    ['a department under the name is not a title', ['Ann Lee', 'Ufficio Commerciale', 'Rossi Arredamenti S.r.l.'], undefined, 'Rossi Arredamenti S.r.l.'],
    ['no title guessed under the name without a known company', ['Ann Lee', 'Brightstar'], undefined, undefined],
    ['Spanish and Portuguese titles', ['Jefa de Proyectos', 'Ingenia Obras S.L.'], 'Jefa de Proyectos', 'Ingenia Obras S.L.'],
    ['a French title with its company after a comma', ['Conseillère principale, Boréal Conseil inc.'], 'Conseillère principale', 'Boréal Conseil inc.'],
  ])('%s', (_name, lines, jobTitle, companyName) => {
    const roles = classifyRoles(lines, context);
    expect([roles.jobTitle?.value, roles.companyName?.value]).toEqual([jobTitle, companyName]);
  });

  it('ignores segments with e-mail addresses, links or numbers', () => {
    expect(classifyRoles(['Sales Director +1 425 555 0100', 'www.example.com', 'ann@acme.test'], context)).toEqual({});
  });
});
