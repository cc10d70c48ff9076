/**
 * `npm run check:content [root]`: validates the course content and prints every problem as
 * "file: field: message / fix". Exit code 1 when there is any. The build runs it first.
 */
import { checkContent } from '../src/lib/content-check.ts';
import { readContentTree } from '../src/lib/content-files.ts';
import { formatIssue } from '../src/schemas/format-issues.ts';

const root = process.argv[2] ?? process.cwd();
const { issues, slugs } = checkContent(readContentTree(root));
if (issues.length > 0) {
  console.error(`\nThe course content has ${issues.length} problem(s); the build stops here.\n`);
  for (const issue of issues) console.error('  ' + formatIssue(issue) + '\n');
  process.exit(1);
}
console.log(`content ok: ${slugs.length} lesson(s): ${slugs.join(', ')}`);
