// A seeded contact whose properties are built when read: starting a mailbox of 100,000 contacts then costs
// ids only. It behaves like a plain StoredContact, and serialises with its properties.
import type { ContactProps, ExtendedProperty, OpenExtension, StoredContact, StoredPhoto } from './records.js';

/** Builds the properties of seeded contact `index` (deterministic for a given index). */
export type ContactPropsBuilder = (index: number) => ContactProps;

/** Shared empty lists: writers always assign new arrays, so seeded contacts need not own one each. */
export const NO_EXTENSIONS: OpenExtension[] = [];
export const NO_EXTENDED_PROPERTIES: ExtendedProperty[] = [];

export class LazyContact implements StoredContact {
  version = 1;
  seq = 0;
  extensions: OpenExtension[] = NO_EXTENSIONS;
  extendedProperties: ExtendedProperty[] = NO_EXTENDED_PROPERTIES;
  photo?: StoredPhoto;
  #props: ContactProps | undefined;
  #changeKey: string | undefined;
  #created: string | undefined;
  #modified: string | undefined;
  readonly #build: ContactPropsBuilder;
  readonly #index: number;
  readonly #at: number;
  readonly #makeChangeKey: (id: string, version: number) => string;

  /** `at` is the creation time (epoch ms); the change key of version 1 and the timestamps are made on first read. */
  constructor(
    readonly id: string,
    readonly folderId: string,
    at: number,
    makeChangeKey: (id: string, version: number) => string,
    build: ContactPropsBuilder,
    index: number,
  ) {
    this.#at = at;
    this.#makeChangeKey = makeChangeKey;
    this.#build = build;
    this.#index = index;
  }

  get createdDateTime(): string {
    this.#created ??= new Date(this.#at).toISOString();
    return this.#created;
  }

  get lastModifiedDateTime(): string {
    return this.#modified ?? this.createdDateTime;
  }

  set lastModifiedDateTime(value: string) {
    this.#modified = value;
  }

  get changeKey(): string {
    this.#changeKey ??= this.#makeChangeKey(this.id, this.version);
    return this.#changeKey;
  }

  set changeKey(value: string) {
    this.#changeKey = value;
  }

  /**
   * Until the contact is written, its properties are rebuilt on each read (a few microseconds) rather than kept:
   * reading a large seeded mailbox then leaves no garbage in the old generation. Callers read `props` once.
   */
  get props(): ContactProps {
    return this.#props ?? this.#build(this.#index);
  }

  set props(value: ContactProps) {
    this.#props = value;
  }

  toJSON(): StoredContact {
    const { id, folderId, createdDateTime, lastModifiedDateTime, changeKey, version, seq, extensions, extendedProperties, photo } = this;
    return { id, folderId, props: this.props, createdDateTime, lastModifiedDateTime, changeKey, version, seq, extensions, extendedProperties, ...(photo ? { photo } : {}) };
  }
}
