// `/me/people` (learn.microsoft.com/graph/api/user-list-people): people relevant to the user, most relevant first,
// built from the demo colleagues (with their directory profiles) and the user's contacts; `$search` matches the
// start of names and addresses.
import { DEMO_PROFILES } from '../seed/demo-users.js';
import type { StoredContact } from '../store/records.js';
import { jsonResult } from './graph-call.js';
import type { GraphResult, RouteInput } from './graph-call.js';
import { parseODataQuery } from './odata-query.js';

const PERSON_PROPERTIES = new Set(['id', 'displayName', 'givenName', 'surname', 'jobTitle', 'companyName', 'department', 'officeLocation', 'userPrincipalName', 'scoredEmailAddresses', 'phones', 'personType']);
const DEFAULT_PAGE_SIZE = 10;

interface Person {
  readonly json: Record<string, unknown>;
  readonly score: number;
  readonly words: readonly string[];
}

function fromContact(contact: StoredContact): Person {
  const p = contact.props;
  const emails = (p.emailAddresses as { address?: string | null }[] | undefined) ?? [];
  const categories = (p.categories as string[] | undefined) ?? [];
  const score = (categories.includes('VIP') ? 20 : 0) + (emails.length > 0 ? 5 : 0) + (contact.version > 1 ? 3 : 0);
  const phones = [
    ...((p.businessPhones as string[] | undefined) ?? []).map((number) => ({ type: 'business', number })),
    ...((p.homePhones as string[] | undefined) ?? []).map((number) => ({ type: 'home', number })),
    ...(typeof p.mobilePhone === 'string' ? [{ type: 'mobile', number: p.mobilePhone }] : []),
  ];
  const json = {
    id: contact.id, displayName: p.displayName ?? null, givenName: p.givenName ?? null, surname: p.surname ?? null, jobTitle: p.jobTitle ?? null,
    companyName: p.companyName ?? null, department: p.department ?? null, officeLocation: p.officeLocation ?? null, userPrincipalName: null,
    scoredEmailAddresses: emails.filter((e) => e.address).map((e, i) => ({ address: e.address, relevanceScore: score - i, selectionLikelihood: 'notSpecified' })),
    phones, personType: { class: 'Person', subclass: 'PersonalContact' },
  };
  const words = [p.displayName, p.givenName, p.surname, ...emails.map((e) => e.address)].filter((w): w is string => typeof w === 'string').flatMap((w) => [w, ...w.split(/\s+/)]);
  return { json, score, words: words.map((w) => w.toLowerCase()) };
}

function colleagues(input: RouteInput): Person[] {
  return input.ctx.state.users.filter((u) => u.id !== input.mailbox.ownerId).map((u) => {
    const profile = DEMO_PROFILES[u.id];
    const phones = [
      ...(profile?.businessPhones ?? []).map((number) => ({ type: 'business', number })),
      ...(profile ? [{ type: 'mobile', number: profile.mobilePhone }] : []),
    ];
    return {
      json: {
        id: u.id, displayName: u.displayName, givenName: u.displayName.split(' ')[0] ?? null, surname: u.displayName.split(' ').slice(1).join(' ') || null,
        jobTitle: profile?.jobTitle ?? null, companyName: 'Contoso', department: profile?.department ?? null, officeLocation: profile?.officeLocation ?? null,
        userPrincipalName: u.userPrincipalName, scoredEmailAddresses: [{ address: u.mail, relevanceScore: 50, selectionLikelihood: 'notSpecified' }], phones,
        personType: { class: 'Person', subclass: 'OrganizationUser' },
      },
      score: 50,
      words: [u.displayName, ...u.displayName.split(' '), u.mail].map((w) => w.toLowerCase()),
    };
  });
}

export function listPeople(input: RouteInput): GraphResult {
  const query = parseODataQuery(input.call.query, PERSON_PROPERTIES);
  const search = query.search?.toLowerCase();
  const people = [...colleagues(input), ...[...input.mailbox.contacts.values()].map(fromContact)]
    .filter((p) => !search || p.words.some((w) => w.startsWith(search)))
    .sort((a, b) => b.score - a.score);
  const top = query.top ?? DEFAULT_PAGE_SIZE;
  const page = people.slice(query.skip, query.skip + top).map((p) => {
    if (!query.select) return p.json;
    return Object.fromEntries(Object.entries(p.json).filter(([key]) => key === 'id' || query.select?.has(key)));
  });
  const body: Record<string, unknown> = { '@odata.context': `${input.ctx.graphUrl}/$metadata#users('${input.mailbox.ownerId}')/people`, value: page };
  if (query.skip + top < people.length) {
    const next = new URLSearchParams(input.call.query);
    next.set('$top', String(top));
    next.set('$skip', String(query.skip + top));
    body['@odata.nextLink'] = `${input.ctx.graphUrl}/${input.call.segments.join('/')}?${next.toString().replaceAll('%24', '$')}`;
  }
  return jsonResult(body);
}
