/** The audience deck page. */
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
import { mountScreen } from './screen.ts';
import { mountPrint } from './print.ts';

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
  mountScreen,
  mountPrint,
]);
