/**
 * Which section is the reader on? The last section whose heading has scrolled above the reading
 * line (a fraction down the viewport). Before the first heading, there is none.
 */
export interface SectionTop {
  id: string;
  /** Distance of the section's heading from the top of the viewport, in px (negative = above). */
  top: number;
}

export function sectionInView(sections: readonly SectionTop[], viewportHeight: number, readingLine = 0.3): string | null {
  const line = viewportHeight * readingLine;
  let current: string | null = null;
  for (const s of sections) {
    if (s.top <= line) current = s.id;
    else break;
  }
  return current;
}

/** True when `key` with these modifiers should focus the search box. */
export function isSearchShortcut(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }, typingInField: boolean): boolean {
  if (e.altKey) return false;
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') return true;
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !typingInField;
}
