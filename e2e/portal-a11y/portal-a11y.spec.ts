// Accessibility of the public pages (WCAG 2.1 AA, GB/T 37668) with axe-core in Chromium: the portal
// home, a search result page, an item page and the console login page must have no serious or
// critical violation.
import { expect, test, type Page } from '@playwright/test';
import { blockingViolations, runAxe } from '../support/axe';
import { sampleItem, url } from '../support/env';

async function expectAccessible(page: Page): Promise<void> {
  const results = await runAxe(page);
  expect(results.passes.length + results.violations.length + results.incomplete.length, 'axe ran its rules').toBeGreaterThan(0);
  expect(blockingViolations(results), `serious or critical axe violations on ${page.url()}`).toEqual([]);
}

test.describe('portal accessibility (axe-core, WCAG 2.1 AA)', () => {
  // The server's Content-Security-Policy (script-src 'self') rightly refuses the injected checker;
  // only these read-only page checks bypass it.
  test.use({ bypassCSP: true });

  test('portal home', async ({ page }) => {
    await page.goto(url('/'));
    await expect(page.getByRole('heading', { level: 1, name: /政府信息公开/ })).toBeVisible();
    await expect(page.getByRole('link', { name: sampleItem().title })).toBeVisible();
    await expectAccessible(page);
  });

  test('search results', async ({ page }) => {
    await page.goto(url(`/search?q=${encodeURIComponent('政务公开')}`));
    await expect(page.getByRole('status').filter({ hasText: '“政务公开”共' })).toBeVisible();
    await expect(page.getByRole('link', { name: sampleItem().title })).toBeVisible();
    await expectAccessible(page);
  });

  test('item page', async ({ page }) => {
    const item = sampleItem();
    await page.goto(url(`/items/${item.id}`));
    await expect(page.getByRole('heading', { level: 1, name: item.title })).toBeVisible();
    await expect(page.getByRole('table', { name: '信息元数据' }).getByRole('row', { name: `索引号 ${item.indexNo}` })).toBeVisible();
    await expectAccessible(page);
  });

  test('console login page', async ({ page }) => {
    await page.goto(url('/console/login'));
    await expect(page.getByRole('heading', { level: 1, name: '工作人员登录' })).toBeVisible();
    await expectAccessible(page);
  });
});
