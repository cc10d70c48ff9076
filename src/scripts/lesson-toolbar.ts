/** Lesson page tools: lecturer-notes toggle (remembered) and print. */
import { $showNotes } from '../stores/prefs.ts';

const notesButton = document.querySelector<HTMLButtonElement>('[data-notes-toggle]');
if (notesButton) {
  $showNotes.subscribe((value) => {
    const show = value === 'show';
    if (show) document.documentElement.dataset.notes = 'show';
    else delete document.documentElement.dataset.notes;
    notesButton.setAttribute('aria-pressed', String(show));
    notesButton.textContent = show ? notesButton.dataset.labelHide! : notesButton.dataset.labelShow!;
  });
  notesButton.addEventListener('click', () => $showNotes.set($showNotes.get() === 'show' ? 'hide' : 'show'));
}
document.querySelector('[data-print]')?.addEventListener('click', () => print());
