// A field mapping as data: a versioned JSON document naming, rule by rule, the CSV column or vCard property
// an external file uses, the contact field (or field part) it carries and a transform from a small closed
// set. The built-in presets are such documents, and so are the mappings a user saves (parseMappingDocument).

export const MAPPING_DOCUMENT_VERSION = 1;

export type MappingFormat = 'csv' | 'vcard';

/**
 * Date forms: `iso` 1990-05-12, `basic` 19900512 (vCard 4.0), `us` 5/12/1990 (month first, Outlook en-US),
 * `dmy` 12/5/1990 (day first). Every form reads ISO dates too; a date that is not surely right is left out.
 */
export type DateFormat = 'iso' | 'basic' | 'us' | 'dmy';

export const DATE_FORMATS: readonly DateFormat[] = ['iso', 'basic', 'us', 'dmy'];

export type Transform =
  /** The value as it is (the default). */
  | { readonly kind: 'text' }
  /** A whole list in one cell or property, items joined by `separator` (`;`, ` ::: `, `,`). */
  | { readonly kind: 'list'; readonly separator: string }
  | { readonly kind: 'date'; readonly format: DateFormat }
  /** `e164` writes and reads +15551234567 (numbers that cannot be read stay as written); `as-written` keeps the text. */
  | { readonly kind: 'phone'; readonly format: 'e164' | 'as-written'; readonly region?: string }
  /** Joins the name (display name, else name parts, company or first address); on import also splits it into name parts. */
  | { readonly kind: 'full-name' }
  /** A label written beside a value when the field has one (Google's `Work`); ignored on import. */
  | { readonly kind: 'constant'; readonly value: string }
  /** vCard: the value under this rule's property when it is a URI (has a scheme), else under `otherwise`. */
  | { readonly kind: 'uri-or'; readonly otherwise: string };

export type TransformKind = Transform['kind'];

export const TRANSFORM_KINDS: readonly TransformKind[] = ['text', 'list', 'date', 'phone', 'full-name', 'constant', 'uri-or'];

/** `both` (the default): the rule is written on export and read on import. */
export type RuleDirection = 'both' | 'import' | 'export';

interface RuleBase {
  /**
   * The contact field or part it carries: `mobilePhone`, `categories`, `emailAddresses[1].address`,
   * `businessAddress.street`, `businessPhones[0]`.
   */
  readonly field: string;
  readonly transform?: Transform;
  readonly direction?: RuleDirection;
}

export interface CsvMappingRule extends RuleBase {
  /** The column's header, matched by name (never by position). */
  readonly column: string;
  /** Import only: the rule applies when this other column holds `equals` (case-insensitive, a leading `* ` ignored). */
  readonly when?: { readonly column: string; readonly equals: string };
}

export interface VCardMappingRule extends RuleBase {
  /** The property with the parameters it is written with and matched by: `TEL;TYPE=cell`, `item1.EMAIL`. */
  readonly property: string;
  /** Import: the property's group carries this X-ABLabel (`Mobile`, or Apple's `_$!<Mobile>!$_`). */
  readonly label?: string;
  /** The component of a compound value (N, ORG) the field is, 0-based. */
  readonly component?: number;
  /** Import: takes values of its property that no other rule takes (a second cell phone as a business phone). */
  readonly fallback?: boolean;
}

export interface CsvMappingDocument {
  readonly version: typeof MAPPING_DOCUMENT_VERSION;
  readonly format: 'csv';
  readonly name: string;
  readonly rules: readonly CsvMappingRule[];
}

export interface VCardMappingDocument {
  readonly version: typeof MAPPING_DOCUMENT_VERSION;
  readonly format: 'vcard';
  readonly name: string;
  readonly rules: readonly VCardMappingRule[];
}

export type MappingDocument = CsvMappingDocument | VCardMappingDocument;

export const writes = (rule: RuleBase): boolean => rule.direction !== 'import';
export const reads = (rule: RuleBase): boolean => rule.direction !== 'export';
