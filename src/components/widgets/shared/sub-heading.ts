/**
 * Heading tags inside a widget. Its title is an h2 on a tool page and an h3 in a lesson section
 * (WidgetFrame's `headingLevel`), so the widget's own headings follow one and two levels below.
 */
export type HeadingLevel = 2 | 3;
export type SubHeading = 'h3' | 'h4' | 'h5';

export const subHeading = (level: HeadingLevel = 3, depth: 1 | 2 = 1) => `h${level + depth}` as SubHeading;
