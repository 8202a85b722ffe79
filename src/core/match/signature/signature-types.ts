// What signature extraction returns: each value found in the sender's signature is a suggestion
// with a confidence, marked `source: 'signature'` so the capture form shows it as suggested.

import type { PhysicalAddress } from '../../contact/contact.js';
import type { NameParts } from '../parse-display-name.js';
import type { BlockStart } from './find-signature-block.js';
import type { PhoneKind } from './phone-labels.js';

export type { PhoneKind };

export interface SignatureInput {
  readonly body: string;
  readonly bodyType: 'text' | 'html';
  readonly senderName?: string;
  readonly senderAddress?: string;
  /** ISO 3166-1 alpha-2 country of the mailbox's regional settings, for numbers written without a country code. */
  readonly defaultCountry?: string;
  /**
   * The mailbox's display language (BCP 47, e.g. 'de-DE', from Office.context.displayLanguage); its region
   * is the last fallback for numbers written without a country code, after `defaultCountry`.
   */
  readonly displayLanguage?: string;
}

interface SuggestionBase {
  /** 0–1: how sure the extractor is; the UI may pre-select values above 0.7. */
  readonly confidence: number;
  readonly source: 'signature';
}

/**
 * Where the country of a number written without a country code came from: a country named in the
 * signature's own address, the sender domain's country-code TLD, or the mailbox (regional settings,
 * then display language).
 */
export type CountrySource = 'address' | 'domain' | 'mailbox';

export interface PhoneSuggestion extends SuggestionBase {
  readonly field: 'phone';
  readonly value: {
    readonly kind: PhoneKind;
    /** The number as written, extension included. */
    readonly raw: string;
    /** E.164 form of the main number, without the extension. */
    readonly e164?: string;
    /** Extension digits ("204" for "x 204", "ext. 204", "Durchwahl -204"), kept apart from the number. */
    readonly extension?: string;
    /** The one string Outlook keeps for the phone: "+1 503-555-0142 ext. 204"; present with e164. */
    readonly display?: string;
    /** Set when the number was written without a country code and read with an assumed country. */
    readonly countrySource?: CountrySource;
  };
}

export interface TextSuggestion extends SuggestionBase {
  readonly field: 'email' | 'jobTitle' | 'companyName' | 'website';
  readonly value: string;
}

export interface AddressSuggestion extends SuggestionBase {
  readonly field: 'address';
  readonly value: PhysicalAddress & { readonly text: string };
}

export type SignatureSuggestion = PhoneSuggestion | TextSuggestion | AddressSuggestion;

/** Work counters: each is bounded by a documented cap whatever the body size. */
export interface ExtractionStats {
  readonly inputChars: number;
  /** Characters of text examined after HTML conversion (≤ MAX_TEXT_CHARS). */
  readonly textChars: number;
  readonly truncated: boolean;
  /** Lines of the sender's own text (≤ the text's line count). */
  readonly ownLines: number;
  /** Lines handed to the phone, address and role finders (≤ MAX_BLOCK_LINES). */
  readonly blockLines: number;
}

/**
 * Where the name fields came from: the From display name, the address's local part (no display name),
 * or the signature's name line (the display name was empty, the bare address, or in capitals).
 */
export type NamesSource = 'header' | 'address' | 'signature';

export interface SignatureExtraction {
  /** Name fields from the sender's display name, address or signature name line (see namesSource). */
  readonly names: NameParts;
  readonly namesSource: NamesSource;
  readonly suggestions: readonly SignatureSuggestion[];
  readonly block?: { readonly lines: readonly string[]; readonly via: BlockStart };
  readonly stats: ExtractionStats;
}
