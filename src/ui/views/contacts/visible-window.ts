// Which rows of a virtualized list to render: the rows under the viewport plus an overscan each side, and the
// space left above and below them, for rows of one fixed height of which at most one is open (its card adds
// `openExtra` pixels under it).

export interface WindowInput {
  readonly scrollTop: number;
  readonly viewportHeight: number;
  readonly rowHeight: number;
  readonly count: number;
  /** The open row, if any, and how much taller than a row it is. */
  readonly openIndex?: number;
  readonly openExtra: number;
  readonly overscan: number;
}

export interface VisibleWindow {
  /** The first row rendered, and one past the last. */
  readonly first: number;
  readonly last: number;
  /** Pixels above the first row and below the last. */
  readonly top: number;
  readonly bottom: number;
}

export function visibleWindow({ scrollTop, viewportHeight, rowHeight, count, openIndex, openExtra, overscan }: WindowInput): VisibleWindow {
  const extra = openIndex !== undefined && openIndex < count ? openExtra : 0;
  const offsetOf = (index: number) => index * rowHeight + (openIndex !== undefined && index > openIndex ? extra : 0);
  const indexAt = (y: number) => {
    const openEnd = openIndex === undefined ? Infinity : (openIndex + 1) * rowHeight;
    if (y < openEnd) return Math.floor(y / rowHeight);
    return y < openEnd + extra ? (openIndex as number) : Math.floor((y - extra) / rowHeight);
  };
  const first = Math.max(0, Math.min(count, indexAt(Math.max(0, scrollTop)) - overscan));
  const last = Math.max(first, Math.min(count, indexAt(Math.max(0, scrollTop) + viewportHeight) + 1 + overscan));
  const total = count * rowHeight + extra;
  return { first, last, top: offsetOf(first), bottom: Math.max(0, total - offsetOf(last)) };
}
