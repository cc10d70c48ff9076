/** The presenter view page. */
import '../header.ts';
import { startDeck } from './start.ts';
import { mountRender } from './render.ts';
import { mountUrl } from './url.ts';
import { mountKeyboard } from './keyboard.ts';
import { mountToolbar } from './toolbar.ts';
import { mountDialogs } from './dialogs.ts';
import { mountScale } from './scale.ts';
import { mountTouch } from './touch.ts';
import { mountPointer } from './pointer.ts';
import { mountSync } from './sync.ts';
import { mountWindows } from './windows.ts';
import { mountNotes } from './presenter/notes.ts';
import { mountPreview } from './presenter/preview.ts';
import { mountTimer } from './presenter/timer.ts';

startDeck([
  mountRender,
  mountUrl,
  mountKeyboard,
  mountToolbar,
  mountDialogs,
  mountScale,
  mountTouch,
  mountPointer,
  mountSync,
  mountWindows,
  mountNotes,
  mountPreview,
  mountTimer,
]);
