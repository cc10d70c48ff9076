/**
 * On every page, kept small (it counts against the reading page's JS budget): registers the
 * service worker after the page has loaded, offers a waiting new version, and loads the offline
 * panel's script only when the panel is first opened.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const panel = document.querySelector<HTMLElement>('[data-offline-panel]');
const offer = document.querySelector<HTMLElement>('[data-update-offer]');
const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;

const mount = () =>
  panel && void import('./offline-panel.ts').then((m) => m.mountOfflinePanel(panel));
panel?.addEventListener('toggle', (e) => (e as ToggleEvent).newState === 'open' && mount());
// Browsers without the Popover API: the button shows and hides the panel itself (see offline.css).
if (panel && !('popover' in HTMLElement.prototype)) {
  for (const button of document.querySelectorAll<HTMLButtonElement>(
    '[popovertarget="offline-panel"]',
  )) {
    button.addEventListener('click', () => panel.classList.toggle('is-open') && mount());
  }
}

/** Shows the update offer. `worker` is the waiting version; null when another tab already switched to it. */
function showOffer(worker: ServiceWorker | null, accept: () => void) {
  if (!offer) return;
  const text = offer.querySelector<HTMLElement>('[data-update-text]')!;
  const now = offer.querySelector<HTMLButtonElement>('[data-update-now]')!;
  // A popover sits in the top layer, clear of the sticky header's containing block.
  offer.hidden = false;
  offer.showPopover?.();
  // Filled when shown, so screen readers announce it.
  text.textContent = text.dataset.text ?? '';
  now.onclick = () => {
    accept();
    now.disabled = true;
    now.textContent = now.dataset.busy ?? now.textContent;
    if (worker) worker.postMessage({ type: 'offline-skip-waiting' });
    else location.reload();
  };
  offer.querySelector<HTMLButtonElement>('[data-update-later]')!.onclick = () => {
    offer.hidePopover?.();
    offer.hidden = true;
  };
}

if (container && !import.meta.env.DEV) {
  let controlled = !!container.controller;
  let accepted = false;
  const accept = () => (accepted = true);
  container.addEventListener('controllerchange', () => {
    // The first worker taking over a fresh page is no update; a later one is. The tab that
    // accepted reloads into the new version; other open tabs are offered a reload.
    if (accepted) location.reload();
    else if (controlled) showOffer(null, accept);
    controlled = true;
  });
  addEventListener('load', () => {
    container
      .register(`${base}sw.js`, { scope: base })
      .then((reg) => {
        const check = () => {
          if (reg.waiting && container.controller) showOffer(reg.waiting, accept);
        };
        check();
        reg.addEventListener('updatefound', () => {
          const next = reg.installing;
          next?.addEventListener('statechange', () => next.state === 'installed' && check());
        });
        // Back online: look for a new version straight away rather than at the next navigation.
        addEventListener('online', () => void reg.update().catch(() => {}));
      })
      .catch(() => {});
  });
}
