// What stands in for a contact's photo when it has none: initials from the shown name and a colour chosen by a
// hash of a stable key (the contact's id), so a contact keeps its colour across renders, panes and restarts.

/** Up to two letters: the first letters of the first and the last word of the name, upper case; `?` for none. */
export function initialsOf(name: string): string {
  const words = name.split(/[\s.@_,-]+/u).filter(Boolean);
  const first = [...(words[0] ?? '')][0] ?? '';
  const last = words.length > 1 ? ([...(words[words.length - 1] ?? '')][0] ?? '') : '';
  return (first + last).toUpperCase() || '?';
}

/** FNV-1a over the key's UTF-16 code units, reduced to an index in `0 … count - 1`. */
export function avatarColorIndex(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return count <= 0 ? 0 : hash % count;
}
