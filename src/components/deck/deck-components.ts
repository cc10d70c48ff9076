/**
 * The lesson components as the deck renders them: the same MDX, passed to the same `render()`,
 * gives slides instead of a reading page. Terms, examples, steps and widgets are shared.
 */
import DeckSection from './DeckSection.astro';
import DeckNotes from './DeckNotes.astro';
import DeckSupplement from './DeckSupplement.astro';
import DeckQuiz from './DeckQuiz.astro';
import Term from '../lesson/Term.astro';
import Example from '../lesson/Example.astro';
import Steps from '../lesson/Steps.astro';
import Widget from '../widgets/Widget.astro';
import NotesSection from './NotesSection.astro';
import NotesBody from './NotesBody.astro';
import Omit from './Omit.astro';
import PlainText from './PlainText.astro';

export const deckComponents = {
  Section: DeckSection,
  Notes: DeckNotes,
  Supplement: DeckSupplement,
  Quiz: DeckQuiz,
  Term,
  Example,
  Steps,
  Widget,
};

/**
 * Only the speaker notes, keyed by section id: the presenter view renders the other language's
 * lesson this way inside a <template>, to show its notes on demand. No islands, no glossary tips.
 */
export const notesOnlyComponents = {
  Section: NotesSection,
  Notes: NotesBody,
  Supplement: Omit,
  Quiz: Omit,
  Widget: Omit,
  Example: Omit,
  Steps: PlainText,
  Term: PlainText,
};
