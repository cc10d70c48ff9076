/**
 * The offline copy's file list: which built files go in, under which URL path, and the version
 * that names them. Pure: the build script walks dist/ and hashes; the service worker reads the
 * result. Paths are relative to the site's base (scope), with no leading slash.
 */

export interface OfflineFile {
  /** URL path below the scope: '' for the home page, 'zh/' for zh/index.html, 'pagefind/pagefind.js'. */
  path: string;
  /** Bytes on disk (uncompressed). */
  size: number;
  /** First 16 hex digits of the file's SHA-256: a download is checked against it. */
  hash: string;
}

export interface OfflineManifest {
  /** Names this build: changes whenever any file's path or content changes. */
  version: string;
  files: OfflineFile[];
}

export interface BuiltFile {
  /** Path below dist/, with forward slashes: 'zh/lessons/x/index.html'. */
  relPath: string;
  size: number;
  hash: string;
}

/**
 * Files the site never requests, so the download skips them: the service worker itself, Pagefind's
 * ready-made search UIs (the site calls Pagefind's JS API directly) and source maps.
 */
const NEVER_REQUESTED = [
  /^sw\.js$/,
  /^pagefind\/pagefind-(component-|modular-)?ui\.(js|css)$/,
  /^pagefind\/pagefind-highlight\.js$/,
  /\.map$/,
  /(^|\/)\.[^/]*$/,
];

export function isPrecached(relPath: string): boolean {
  return !NEVER_REQUESTED.some((re) => re.test(relPath));
}

/** The URL path a built file is served under (directory pages end in a slash, trailingSlash: 'always'). */
export function urlPathFor(relPath: string): string {
  if (relPath === 'index.html') return '';
  if (relPath.endsWith('/index.html')) return relPath.slice(0, -'index.html'.length);
  return relPath;
}

/** The text whose digest becomes the version: every path with its hash, in a stable order. */
export function versionSource(files: readonly OfflineFile[]): string {
  return files.map((f) => `${f.path}\t${f.hash}`).join('\n');
}

/** Builds the manifest from the walked files; `digest` turns the version source into a short id. */
export function makeManifest(
  built: readonly BuiltFile[],
  digest: (text: string) => string,
): OfflineManifest {
  const files = built
    .filter((f) => isPrecached(f.relPath))
    .map((f) => ({ path: urlPathFor(f.relPath), size: f.size, hash: f.hash }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { version: digest(versionSource(files)), files };
}

/** Pages are HTML documents a reader can open: directory paths and .html files other than the 404 page. */
export function isPage(path: string): boolean {
  return path === '' || path.endsWith('/') || (path.endsWith('.html') && path !== '404.html');
}

export interface ManifestSummary {
  pages: number;
  searchFiles: number;
  otherFiles: number;
  bytes: number;
}

export function summarize(files: readonly OfflineFile[]): ManifestSummary {
  const summary = { pages: 0, searchFiles: 0, otherFiles: 0, bytes: 0 };
  for (const f of files) {
    summary.bytes += f.size;
    if (isPage(f.path)) summary.pages++;
    else if (f.path.startsWith('pagefind/')) summary.searchFiles++;
    else summary.otherFiles++;
  }
  return summary;
}
