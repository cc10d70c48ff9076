/**
 * Builds the site (unless E2E_SKIP_BUILD=1 and dist/ exists), serves dist/ on a free port and
 * hands the address to the tests.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';

let server: StaticServer | undefined;

export async function setup(project: TestProject) {
  if (!(process.env.E2E_SKIP_BUILD === '1' && existsSync('dist/pagefind'))) {
    // Vitest sets NODE_ENV=test, which would make Vite build a development bundle (DEV code
    // paths, no service worker registration): build exactly what `npm run build` ships.
    execSync('npm run build', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
  server = await serveStatic('dist');
  project.provide('baseUrl', server.url);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
