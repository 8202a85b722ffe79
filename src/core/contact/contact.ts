// The one contact model of Contact Bridge. Field names follow Microsoft Graph's contact resource
// (learn.microsoft.com/graph/api/resources/contact) because it is the richest model we sync with;
// CSV, vCard and CardDAV map into it through declared field mappings.

/** An id we generate for every contact we create; stored on the server so retries never duplicate. */
export type ClientId = string & { readonly __brand: 'ClientId' };
/** An id assigned by Microsoft Graph. */
export type GraphId = string & { readonly __brand: 'GraphId' };

export interface EmailAddress {
  readonly name?: string;
  readonly address: string;
}

export interface PhysicalAddress {
  readonly street?: string;
  readonly city?: string;
  readonly state?: string;
  readonly postalCode?: string;
  readonly countryOrRegion?: string;
}

/** Every user-visible property of a contact. All optional: an empty contact is valid. */
export interface ContactFields {
  readonly givenName?: string;
  readonly middleName?: string;
  readonly surname?: string;
  readonly displayName?: string;
  readonly nickName?: string;
  readonly title?: string;
  readonly generation?: string;
  readonly initials?: string;
  readonly fileAs?: string;
  readonly yomiGivenName?: string;
  readonly yomiSurname?: string;
  readonly yomiCompanyName?: string;
  readonly emailAddresses?: readonly EmailAddress[];
  readonly imAddresses?: readonly string[];
  readonly businessPhones?: readonly string[];
  readonly homePhones?: readonly string[];
  readonly mobilePhone?: string;
  readonly companyName?: string;
  readonly department?: string;
  readonly jobTitle?: string;
  readonly officeLocation?: string;
  readonly profession?: string;
  readonly manager?: string;
  readonly assistantName?: string;
  readonly businessHomePage?: string;
  readonly homeAddress?: PhysicalAddress;
  readonly businessAddress?: PhysicalAddress;
  readonly otherAddress?: PhysicalAddress;
  /** Calendar date only, `YYYY-MM-DD`; never converted through a time zone. */
  readonly birthday?: string;
  readonly spouseName?: string;
  readonly children?: readonly string[];
  readonly personalNotes?: string;
  readonly categories?: readonly string[];
}

export type ContactFieldName = keyof ContactFields;

/** The field names in a stable order: used by merge, mapping and diffs. */
export const CONTACT_FIELD_NAMES = [
  'givenName',
  'middleName',
  'surname',
  'displayName',
  'nickName',
  'title',
  'generation',
  'initials',
  'fileAs',
  'yomiGivenName',
  'yomiSurname',
  'yomiCompanyName',
  'emailAddresses',
  'imAddresses',
  'businessPhones',
  'homePhones',
  'mobilePhone',
  'companyName',
  'department',
  'jobTitle',
  'officeLocation',
  'profession',
  'manager',
  'assistantName',
  'businessHomePage',
  'homeAddress',
  'businessAddress',
  'otherAddress',
  'birthday',
  'spouseName',
  'children',
  'personalNotes',
  'categories',
] as const satisfies readonly ContactFieldName[];

/** Outlook keeps exactly three e-mail slots (MS-OXOCNTC 2.2.1.2), and Graph enforces it. */
export const MAX_EMAIL_ADDRESSES = 3;
/** Outlook keeps two business and two home phone numbers. */
export const MAX_BUSINESS_PHONES = 2;
export const MAX_HOME_PHONES = 2;
export const MAX_IM_ADDRESSES = 3;
