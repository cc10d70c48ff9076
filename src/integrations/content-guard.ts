/**
 * Stops `astro build` / `astro dev` before compiling when the content is broken, printing each
 * problem as "file: field: message / fix" instead of a stack trace from deep inside the compiler.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { checkContent } from '../lib/content-check.ts';
import { readContentTree } from '../lib/content-files.ts';
import { formatIssue } from '../schemas/format-issues.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger, command }) => {
        // COURSE_CONTENT points at another content/ folder; the checker takes the folder above it.
        const root = process.env.COURSE_CONTENT ? dirname(resolve(process.env.COURSE_CONTENT)) : fileURLToPath(config.root);
        const { issues, slugs } = checkContent(readContentTree(root));
        if (issues.length === 0) {
          logger.info(`content ok: ${slugs.length} lesson(s)`);
          return;
        }
        const report = issues.map((i) => '  ' + formatIssue(i)).join('\n');
        logger.error(`The course content has ${issues.length} problem(s):\n${report}`);
        if (command === 'build') process.exit(1);
      },
    },
  };
}
