// What an export would lose: the contact fields (down to the list slot and address part) that hold a value in
// some of the contacts but that no writing rule of the mapping carries, with how many contacts hold each.
// Shown before an export so that the user can pick another format or extend a custom mapping.
import type { ContactFields } from '../contact/contact.js';
import { parseFieldTarget, targetOf } from './document/field-target.js';
import type { FieldTarget } from './document/field-target.js';
import { writes } from './document/mapping-document.js';
import type { MappingDocument } from './document/mapping-document.js';

export interface FieldNotCarried {
  /** The field target that holds the value: `spouseName`, `homeAddress.street`, `emailAddresses[1].address`, `homePhones[2]`. */
  readonly field: string;
  /** How many of the contacts hold a value there. */
  readonly count: number;
}

interface Carrier {
  readonly target: FieldTarget;
  /** Writes every item of a whole list, not only the first. */
  readonly allItems: boolean;
  /** Writes every part of a whole address (vCard ADR; a CSV cell holds only a part). */
  readonly allParts: boolean;
  readonly fullName: boolean;
}

const filled = (value: string | undefined): value is string => value !== undefined && value !== '';

function carriersOf(document: MappingDocument): Carrier[] {
  return document.rules
    .filter((rule) => writes(rule) && rule.transform?.kind !== 'constant')
    .map((rule) => ({
      target: targetOf(rule.field),
      // A CSV cell holds a whole list only through a list transform; vCard writes one property per item.
      allItems: document.format === 'vcard' || rule.transform?.kind === 'list',
      allParts: document.format === 'vcard',
      fullName: rule.transform?.kind === 'full-name',
    }));
}

/** The target text of every value `fields` holds, one per list item, e-mail part and address part. */
function valuePaths(fields: ContactFields): string[] {
  const paths: string[] = [];
  for (const [name, value] of Object.entries(fields) as [keyof ContactFields, unknown][]) {
    if (name === 'emailAddresses') {
      fields.emailAddresses?.forEach((email, index) => {
        if (!filled(email.address)) return;
        paths.push(`emailAddresses[${index}].address`);
        if (filled(email.name)) paths.push(`emailAddresses[${index}].name`);
      });
    } else if (Array.isArray(value)) (value as readonly string[]).forEach((item, index) => filled(item) && paths.push(`${name}[${index}]`));
    else if (typeof value === 'object' && value !== null) {
      for (const [part, text] of Object.entries(value as Record<string, string | undefined>)) if (filled(text)) paths.push(`${name}.${part}`);
    } else if (typeof value === 'string' && filled(value)) paths.push(name);
  }
  return paths;
}

function carries(carrier: Carrier, path: FieldTarget): boolean {
  const { target } = carrier;
  if (carrier.fullName) return path.kind === 'text' && path.field === 'displayName';
  if (target.kind !== path.kind) return false;
  switch (target.kind) {
    case 'text':
      return path.kind === 'text' && target.field === path.field;
    case 'list':
      return path.kind === 'list' && target.field === path.field && (target.index === undefined ? carrier.allItems || path.index === 0 : target.index === path.index);
    case 'email':
      return path.kind === 'email' && target.part === path.part && (target.index === undefined ? carrier.allItems || path.index === 0 : target.index === path.index);
    case 'address':
      return path.kind === 'address' && target.field === path.field && (target.part === undefined ? carrier.allParts : target.part === path.part);
  }
}

const wholeListCarries = ({ target, allItems }: Carrier, field: string): boolean => allItems && target.kind === 'list' && target.field === field && target.index === undefined;

/**
 * Display name and file-as are formed from the name parts by the address book that imports the file
 * (Outlook does so, surname first with no space for CJK names); they are lost only when they say something
 * else than those parts.
 */
function derivedFromParts(fields: ContactFields, path: string, carried: (path: string) => boolean): boolean {
  const parts = (['givenName', 'middleName', 'surname'] as const).filter((part) => filled(fields[part]));
  if (parts.length === 0 || !parts.every((part) => carried(part))) return false;
  const forward = parts.map((part) => fields[part]);
  const formed = [forward.join(' '), [...forward].reverse().join(' '), [...forward].reverse().join('')];
  if (path === 'displayName') return formed.includes(fields.displayName ?? '');
  if (path === 'fileAs') return fields.fileAs === fields.displayName || formed.includes(fields.fileAs ?? '') || fields.fileAs === [fields.surname, fields.givenName].filter(filled).join(', ');
  return false;
}

/** Counts, contact by contact, the fields a mapping does not write; fed in parts, so a caller can pause between them. */
export interface FieldsNotCarriedCounter {
  add(contacts: readonly ContactFields[]): void;
  /** The fields counted so far, most frequent first (then in the order first met). */
  result(): FieldNotCarried[];
}

export function fieldsNotCarriedCounter(document: MappingDocument): FieldsNotCarriedCounter {
  const carriers = carriersOf(document);
  const known = new Map<string, boolean>();
  const carried = (path: string): boolean => {
    let answer = known.get(path);
    if (answer === undefined) {
      // A slot past the mapping's limits (a 51st category) is carried only by a whole list.
      const target = parseFieldTarget(path);
      answer = 'error' in target ? carriers.some((carrier) => wholeListCarries(carrier, path.replace(/\[.*$/, ''))) : carriers.some((carrier) => carries(carrier, target));
      known.set(path, answer);
    }
    return answer;
  };
  const counts = new Map<string, number>();
  return {
    add(contacts) {
      for (const fields of contacts) {
        for (const path of valuePaths(fields)) {
          if (carried(path) || derivedFromParts(fields, path, carried)) continue;
          counts.set(path, (counts.get(path) ?? 0) + 1);
        }
      }
    },
    result: () => [...counts].map(([field, count]) => ({ field, count })).sort((a, b) => b.count - a.count),
  };
}

/** The fields the contacts hold that the mapping does not write, most frequent first (then in the order first met). */
export function fieldsNotCarried(contacts: readonly ContactFields[], document: MappingDocument): FieldNotCarried[] {
  const counter = fieldsNotCarriedCounter(document);
  counter.add(contacts);
  return counter.result();
}
