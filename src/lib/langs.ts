/** The site languages, kept free of schema code so browser scripts can import it cheaply. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Lower-case kebab-case: used for slugs, section ids, glossary ids, question ids. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
