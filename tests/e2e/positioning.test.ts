/** Positioning statement builder: live preview, checklist, example, persistence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { copiedMarkdown, expectAxeClean, expectSurvivesBadState, openTool, reload } from './strategy-widgets.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const check = (page: Page, id: string) => page.getAttribute(`[data-check="${id}"]`, 'data-pass');

describe('positioning statement builder', () => {
  it('builds the statement live, checks it and keeps it after a reload', async () => {
    const { context, page, errors } = await openTool(browser, 'en', 'positioning');
    expect(await page.textContent('[data-statement]')).toBe('For (target market), our (brand) is (positioning concept) that (point of difference).');
    await page.getByLabel('Target market (or need)').fill('everyone');
    await page.getByLabel('Brand').fill('DawnAir');
    await page.getByLabel('Positioning concept').fill('a regional airline');
    await expect.poll(() => page.textContent('[data-statement]')).toBe('For everyone, our DawnAir is a regional airline that (point of difference).');
    expect(await check(page, 'complete')).toBe('false');
    expect(await check(page, 'specificTarget')).toBe('false');
    expect(await page.textContent('[data-check="specificTarget"]')).toContain('Words to replace: “everyone”.');

    await page.getByLabel('Target market (or need)').fill('business travellers on early flights');
    await page.getByLabel('Point of difference').fill('offers the best service');
    await expect.poll(() => check(page, 'concreteDifference')).toBe('false');
    await page.getByLabel('Point of difference').fill('serves breakfast at the gate from 5 am.');
    await expect.poll(() => page.textContent('.pos-score')).toBe('5 of 5 checks passed');
    expect(await page.textContent('[data-statement]')).toBe('For business travellers on early flights, our DawnAir is a regional airline that serves breakfast at the gate from 5 am.');

    await reload(page, 'positioning');
    expect(await page.getByLabel('Brand').inputValue()).toBe('DawnAir');
    expect(await page.textContent('.pos-score')).toBe('5 of 5 checks passed');
    const md = await copiedMarkdown(page, 'Copy as Markdown');
    expect(md).toContain('> For business travellers on early flights, our DawnAir is');
    expect(md).toContain('- [x] The target market is specific.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads the source’s example in Chinese, shows both templates, and is axe clean', async () => {
    const { context, page } = await openTool(browser, 'zh', 'positioning');
    expect(await page.getAttribute('.pos-other', 'lang')).toBe('en');
    await page.getByRole('button', { name: '载入示例' }).click();
    await expect.poll(() => page.textContent('[data-statement]')).toBe('对希望下班后能便捷购买蔬菜的工薪族而言,我们的XX 便利店是一家销售各类蔬菜的店铺,即让你顺路买到所需的绝大部分绿色健康蔬菜。');
    expect(await page.textContent('.pos-score')).toBe('通过 5/5 项检查');
    await expectAxeClean(page);
    await context.close();
  });

  it('marks the Chinese template on the English page', async () => {
    const { context, page } = await openTool(browser, 'en', 'positioning');
    expect(await page.getAttribute('.pos-other', 'lang')).toBe('zh-CN');
    expect(await page.textContent('.pos-other')).toBe('对(目标市场)而言,我们的(品牌)是(定位概念),即(独特之处)。');
    await context.close();
  });

  it('ignores corrupt saved state', async () => {
    await expectSurvivesBadState(browser, 'positioning', async (page) => {
      expect(await page.getByLabel('Brand').inputValue()).toBe('');
    });
  });
});
