// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { contentGuard } from './src/integrations/content-guard.ts';
import { traditionalChinese } from './src/integrations/traditional-chinese.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), mdx(), preact(), traditionalChinese()],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
