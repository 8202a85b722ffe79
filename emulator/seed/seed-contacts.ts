// Generates realistic contact properties from the locale material: 1–3 e-mails, several phone types, addresses,
// birthdays, notes, categories, children. Deterministic for a given random source.
import type { ContactProps } from '../store/records.js';
import { pick } from '../store/ids.js';
import { LOCALES } from './locales.js';
import type { LocaleData } from './locales.js';

export const SEED_CATEGORIES = ['Clients', 'Family', 'VIP', 'Suppliers', 'Press', 'Friends'] as const;
const TITLES = ['Account Executive', 'Head of Procurement', 'CTO', 'Office Manager', 'Senior Engineer', 'Partner', 'Buyer', 'Chief Financial Officer'];
const DEPARTMENTS = ['Sales', 'Finance', 'Engineering', 'Operations', 'Legal'];
const NOTES = ['Met at the Lisbon trade fair.', 'Prefers phone calls in the morning.', 'Vegetarian — remember for dinners.\nAllergic to nuts.', 'Introduced by Ravi.', ''];

const asciiCache = new Map<string, string>();

/** Name material folded to an e-mail local part ("Jürgen" -> "jurgen"); memoised, as names repeat. */
function ascii(text: string): string {
  let folded = asciiCache.get(text);
  if (folded === undefined) {
    folded = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.+|\.+$/g, '');
    asciiCache.set(text, folded);
  }
  return folded;
}

/** Decimal digits as character codes, joined once: building the string digit by digit allocated one per step. */
function digits(rng: () => number, count = 8): string {
  const codes: number[] = [];
  for (let i = 0; i < count; i += 1) codes.push(48 + Math.floor(rng() * 10));
  return String.fromCharCode(...codes);
}

function address(rng: () => number, locale: LocaleData): Record<string, string> {
  const place = pick(rng, locale.places);
  const street = `${pick(rng, locale.streets)} ${1 + Math.floor(rng() * 180)}`;
  const { city, state, postalCode } = place;
  return state ? { street, city, state, postalCode, countryOrRegion: locale.country } : { street, city, postalCode, countryOrRegion: locale.country };
}

function emailLocal(given: string, surname: string, index: number): string {
  const local = [ascii(given), ascii(surname)].filter(Boolean).join('.');
  return local ? local : `contact${index}`;
}

/** The properties of seeded contact number `index`. */
export function seedContactProps(rng: () => number, index: number): ContactProps {
  const locale = pick(rng, LOCALES);
  const givenName = pick(rng, locale.givenNames);
  const surname = pick(rng, locale.surnames);
  const displayName = locale.surnameFirst ? `${surname}${givenName}` : `${givenName} ${surname}`;
  const company = pick(rng, locale.companies);
  const domain = pick(rng, locale.domains);
  const local = emailLocal(givenName, surname, index);
  const emailCount = 1 + Math.floor(rng() * 3);
  const emails = [{ name: displayName, address: `${local}${index}@${domain}` }];
  if (emailCount > 1) emails.push({ name: displayName, address: `${local}.${index}@home.example` });
  if (emailCount > 2) emails.push({ name: `${displayName} (alt)`, address: `${ascii(surname) || 'c'}${index}@alt.example` });
  const props: ContactProps = {
    givenName,
    surname,
    displayName,
    fileAs: locale.surnameFirst ? displayName : `${surname}, ${givenName}`,
    emailAddresses: emails,
    businessPhones: rng() < 0.8 ? [locale.phone(digits(rng))] : [],
    homePhones: rng() < 0.35 ? [locale.phone(digits(rng))] : [],
    mobilePhone: rng() < 0.7 ? locale.phone(digits(rng)) : null,
    companyName: company,
    jobTitle: pick(rng, TITLES),
    department: rng() < 0.5 ? pick(rng, DEPARTMENTS) : null,
    businessAddress: rng() < 0.6 ? address(rng, locale) : {},
    homeAddress: rng() < 0.25 ? address(rng, locale) : {},
    categories: rng() < 0.3 ? [pick(rng, SEED_CATEGORIES)] : [],
  };
  if (rng() < 0.4) {
    const year = 1950 + Math.floor(rng() * 55);
    const month = String(1 + Math.floor(rng() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rng() * 28)).padStart(2, '0');
    props.birthday = `${year}-${month}-${day}T11:59:00Z`;
  }
  const note = pick(rng, NOTES);
  if (note) props.personalNotes = note;
  if (rng() < 0.1) props.children = [pick(rng, locale.givenNames)];
  if (rng() < 0.1) props.nickName = givenName.slice(0, 3);
  if (rng() < 0.15) props.businessHomePage = `https://www.${domain}`;
  if (locale.surnameFirst && rng() < 0.5) {
    props.yomiGivenName = 'ヨミ';
    props.yomiSurname = 'カナ';
  }
  return props;
}
