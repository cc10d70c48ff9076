import { it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { openTool } from './widget-kit.ts';
const name = process.env.SHOT ?? 'service-mix';
const lang = (process.env.SHOT_LANG ?? 'en') as 'en' | 'zh';
it('shot', async () => {
  const b = await launchBrowser();
  const { page } = await openTool(b, lang, name, {}, process.env.SHOT_DARK ? 'dark' : undefined);
  if (process.env.SHOT_JS) await page.evaluate(process.env.SHOT_JS);
  await page.waitForTimeout(300);
  const w = process.env.SHOT_W ? Number(process.env.SHOT_W) : 0;
  if (w) await page.setViewportSize({ width: w, height: 900 });
  await page.locator(`[data-widget="${name}"]`).screenshot({ path: `/tmp/shot-${name}.png` });
  await b.close();
});
