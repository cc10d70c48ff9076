/**
 * The offline panel, loaded when first opened: asks the service worker what is saved, starts the
 * download and shows its progress (pages and bytes) and outcome, removes the copy on request.
 */
import {
  formatBytes,
  type DownloadProgress,
  type FailReason,
} from '../lib/offline/download-plan.ts';
import {
  describeStatus,
  downloadLabel,
  failKey,
  isOfflineMessage,
  type OfflineStatus,
} from '../lib/offline/status.ts';

type Strings = Record<string, string>;
const fill = (s: string, params: Record<string, string | number> = {}) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));

/** The active worker, or null when none takes charge within a few seconds (unsupported or blocked). */
async function activeWorker(): Promise<ServiceWorker | null> {
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container || !('caches' in window)) return null;
  const timeout = new Promise<null>((done) => setTimeout(() => done(null), 8000));
  const reg = await Promise.race([container.ready, timeout]);
  return reg?.active ?? null;
}

/** Sends a request to the worker and waits for its reply on a private channel. */
async function ask(type: string): Promise<OfflineStatus | null> {
  const worker = await activeWorker();
  if (!worker) return null;
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) =>
      done(isOfflineMessage(e.data) ? (e.data.status as OfflineStatus) : null);
    worker.postMessage({ type }, [channel.port2]);
  });
}

const mounted = new WeakSet<HTMLElement>();

export function mountOfflinePanel(panel: HTMLElement) {
  const el = <T extends HTMLElement>(name: string) =>
    panel.querySelector<T>(`[data-offline-${name}]`)!;
  const status = el('status');
  const message = el('message');
  const progressBox = el('progress');
  const bar = el<HTMLProgressElement>('bar');
  const progressText = el('progress-text');
  const download = el<HTMLButtonElement>('download');
  const remove = el<HTMLButtonElement>('remove');
  const version = el('version');
  const network = el('network');
  const strings = JSON.parse(panel.dataset.strings ?? '{}') as Strings;
  const lang = panel.dataset.lang === 'zh' ? 'zh-CN' : 'en';
  const formatDate = (ms: number) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  let failed = false;
  let busy = false;

  const showNetwork = () => (network.hidden = navigator.onLine);

  function show(s: OfflineStatus | null) {
    if (!s) {
      status.textContent = strings['offline.unsupported'];
      download.hidden = remove.hidden = true;
      return;
    }
    const line = describeStatus(s, formatDate);
    status.textContent = fill(strings[line.key], line.params);
    version.textContent = fill(strings['offline.version'], { version: s.version });
    const hadFocus = panel.contains(document.activeElement) && document.activeElement === download;
    download.hidden = s.complete;
    // aria-disabled rather than disabled: a disabled button would drop keyboard focus mid-download.
    download.setAttribute('aria-disabled', String(busy));
    download.textContent = strings[downloadLabel(s, failed)];
    remove.hidden = busy || s.progress.files === 0;
    if (hadFocus && download.hidden) remove.focus();
  }

  function showProgress(p: DownloadProgress) {
    progressBox.hidden = false;
    bar.max = Math.max(1, p.totalBytes);
    bar.value = p.bytes;
    progressText.textContent = fill(strings['offline.progressText'], {
      pages: p.pages,
      totalPages: p.totalPages,
      bytes: formatBytes(p.bytes),
      totalBytes: formatBytes(p.totalBytes),
    });
  }

  const refresh = async () => show(await ask('offline-status'));

  if (mounted.has(panel)) {
    void refresh();
    return;
  }
  mounted.add(panel);

  navigator.serviceWorker?.addEventListener('message', (e) => {
    const data: unknown = e.data;
    if (!isOfflineMessage(data)) return;
    if (data.type === 'offline-progress') {
      const progress = data.progress as DownloadProgress;
      showProgress(progress);
      const line = describeStatus(
        { version: String(data.version), complete: false, savedAt: null, progress },
        formatDate,
      );
      status.textContent = fill(strings[line.key], line.params);
    } else if (data.type === 'offline-done') {
      busy = failed = false;
      message.textContent = strings['offline.done'];
      show(data.status as OfflineStatus);
      showProgress((data.status as OfflineStatus).progress);
    } else if (data.type === 'offline-failed') {
      busy = false;
      failed = true;
      message.textContent = strings[failKey(data.reason as FailReason)];
      void refresh();
    }
  });
  navigator.serviceWorker?.startMessages();

  download.addEventListener('click', async () => {
    if (busy) return;
    const worker = await activeWorker();
    if (!worker) return show(null);
    busy = true;
    failed = false;
    download.setAttribute('aria-disabled', 'true');
    remove.hidden = true;
    message.textContent = strings['offline.starting'];
    // Asks the browser not to evict the copy under storage pressure; a refusal changes nothing else.
    void navigator.storage?.persist?.().catch(() => false);
    worker.postMessage({ type: 'offline-download' });
  });

  remove.addEventListener('click', async () => {
    const s = await ask('offline-remove');
    progressBox.hidden = true;
    failed = false;
    message.textContent = strings['offline.removed'];
    show(s);
    download.focus();
  });

  addEventListener('online', showNetwork);
  addEventListener('offline', showNetwork);
  showNetwork();
  void refresh();
}
