/** The components every lesson MDX can use without importing them. */
import Section from './Section.astro';
import Term from './Term.astro';
import Notes from './Notes.astro';
import Example from './Example.astro';
import Supplement from './Supplement.astro';
import Steps from './Steps.astro';
import Quiz from '../quiz/Quiz.astro';
import Widget from '../widgets/Widget.astro';

export const lessonComponents = { Section, Term, Notes, Example, Supplement, Steps, Quiz, Widget };
