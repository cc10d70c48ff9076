/** Reads the content tree into the path → text map that checkContent takes. Node only. */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function readContentTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const contentDir = join(root, 'content');
  if (!existsSync(contentDir)) return files;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(mdx|ya?ml)$/.test(name)) files.set(relative(root, full).split(sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(contentDir);
  return files;
}
