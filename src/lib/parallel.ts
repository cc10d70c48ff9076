/**
 * Side-by-side reading: pairs this page's sections with the other language's by their shared ids.
 * Pure: the script passes the ids in page order and gets rows back.
 */
export interface ParallelRow {
  id: string;
  /** Present on this page. */
  own: boolean;
  /** Present on the other language's page. */
  other: boolean;
}

/** Rows in this page's order; sections only the other page has follow the section they come after there. */
export function pairSections(ownIds: readonly string[], otherIds: readonly string[]): ParallelRow[] {
  const other = new Set(otherIds);
  const own = new Set(ownIds);
  const rows: ParallelRow[] = ownIds.map((id) => ({ id, own: true, other: other.has(id) }));
  otherIds.forEach((id, i) => {
    if (own.has(id)) return;
    const before = otherIds.slice(0, i).reverse().find((x) => own.has(x));
    const at = before ? rows.findIndex((r) => r.id === before) + 1 : 0;
    rows.splice(at, 0, { id, own: false, other: true });
  });
  return rows;
}

/** Ids inside imported content get a suffix so the page keeps unique ids (and anchors stay on its own sections). */
export function otherId(id: string, lang: string): string {
  return `${id}--${lang}`;
}
