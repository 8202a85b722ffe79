// A seeded contact whose properties are built on first read: starting a mailbox of 100,000 contacts then costs
// ids and timestamps only. It behaves like a plain StoredContact, and serialises with its properties.
import type { ContactProps, ExtendedProperty, OpenExtension, StoredContact, StoredPhoto } from './records.js';

/** Builds the properties of seeded contact `index` (deterministic for a given index). */
export type ContactPropsBuilder = (index: number) => ContactProps;

/** Shared empty lists: writers always assign new arrays, so seeded contacts need not own one each. */
export const NO_EXTENSIONS: OpenExtension[] = [];
export const NO_EXTENDED_PROPERTIES: ExtendedProperty[] = [];

export class LazyContact implements StoredContact {
  lastModifiedDateTime: string;
  version = 1;
  seq = 0;
  extensions: OpenExtension[] = NO_EXTENSIONS;
  extendedProperties: ExtendedProperty[] = NO_EXTENDED_PROPERTIES;
  photo?: StoredPhoto;
  #props: ContactProps | undefined;
  readonly #build: ContactPropsBuilder;
  readonly #index: number;

  constructor(
    readonly id: string,
    readonly folderId: string,
    readonly createdDateTime: string,
    public changeKey: string,
    build: ContactPropsBuilder,
    index: number,
  ) {
    this.lastModifiedDateTime = createdDateTime;
    this.#build = build;
    this.#index = index;
  }

  get props(): ContactProps {
    this.#props ??= this.#build(this.#index);
    return this.#props;
  }

  set props(value: ContactProps) {
    this.#props = value;
  }

  toJSON(): StoredContact {
    const { id, folderId, createdDateTime, lastModifiedDateTime, changeKey, version, seq, extensions, extendedProperties, photo } = this;
    return { id, folderId, props: this.props, createdDateTime, lastModifiedDateTime, changeKey, version, seq, extensions, extendedProperties, ...(photo ? { photo } : {}) };
  }
}
