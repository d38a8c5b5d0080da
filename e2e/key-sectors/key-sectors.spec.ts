// The key-sectors flow (issue 4): the administrator enables the plugin for the province and, in
// 肇东市 (a pilot county), creates its finance bureau and a county user with the key-sectors editor role; the county user
// publishes the county government's 三公经费 budget and a day of hourly air-quality readings
// through the console import page; the province's compliance matrix turns 肇东市's 三公经费 cell from
// 未公开 to 按时公开; a citizen finds the figures through the portal search and sees the AQI chart.
import { expect, test, type Page } from '@playwright/test';
import { admin, url } from '../support/env';
import {
  adminSignIn, changeFirstPassword, consoleLogin, consoleLogout, createOrganisation, createStaffAccount, grantRole, openConsolePage, openNewAccount, switchWorkDivision,
} from '../support/console';

// The same as kernel-flow's: whichever suite runs first makes the forced change.
const ADMIN_NEW_PASSWORD = 'Heilongjiang2026a';
const COUNTY = '肇东市';
const ORG_NAME = '肇东市财政局';
const ORG_CODE = 'ZDS-CZJ';
const USER = 'zd.zdly';
const USER_NAME = '李春华';
const USER_PASSWORD = 'Zhaodong2026Zdly';
const GOVERNMENT = '肇东市人民政府';
const STATION = 'ZD-01';
const SECTOR_BUDGET = '财政预算决算和“三公”经费';
const REQUIREMENT = '本级政府公开“三公”经费预算';

/** A calendar date in Asia/Shanghai, `days` before today. */
function shanghaiDate(daysAgo: number): string {
  return new Date(Date.now() - daysAgo * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
}

const approvedOn = shanghaiDate(3);
const budgetYear = Number(approvedOn.slice(0, 4));
const readingDay = shanghaiDate(2);
const TITLE = `${GOVERNMENT}${budgetYear}年“三公”经费预算`;

const threeExpensesCsv = [
  'year,kind,scope,unitName,approvedOn,unit,budget.abroad,budget.vehiclePurchase,budget.vehicleRunning,budget.reception,explanation',
  `${budgetYear},预算,本级政府,${GOVERNMENT},${approvedOn},万元,12.5,30,86.4,45.2,压减一般性支出，公务接待费比上年减少。`,
].join('\n');

// 24 hourly readings of one station: PM2.5 rising through the evening heating peak.
const readingsCsv = ['stationCode,hour,pm25,pm10,o3,so2,no2,co', ...Array.from({ length: 24 }, (_, h) => {
  const pm25 = 20 + h * 4;
  return `${STATION},${readingDay}T${String(h).padStart(2, '0')},${pm25},${pm25 + 25},${40 + (h % 12) * 5},9,${22 + h},0.8`;
})].join('\n');

async function importCsv(page: Page, sector: string, recordType: string, fileName: string, csv: string, expected: number): Promise<void> {
  await openConsolePage(page, '批量导入');
  await page.getByLabel('重点领域', { exact: true }).selectOption({ label: sector });
  await page.getByLabel('记录类型').selectOption({ label: recordType });
  const form = page.getByRole('form', { name: '导入文件' });
  await form.getByLabel('文件（CSV 或 XLSX）').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await form.getByLabel('发布机构').selectOption({ label: ORG_NAME });
  await form.getByLabel('导入后立即发布').check();
  await form.getByRole('button', { name: '检查文件' }).click();
  await expect(page.getByText(`共 ${csv.split('\n').length - 1} 行，可生成 ${expected} 条记录。`)).toBeVisible();
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByText(new RegExp(`^已导入 ${expected} 条记录`))).toBeVisible();
}

/** The province matrix, drilled down to 绥化市, filtered to the budget sector, for the budget year. */
async function countyCell(page: Page) {
  await openConsolePage(page, '公开合规矩阵', '重点领域公开合规矩阵');
  await page.getByLabel('年度', { exact: true }).fill(String(budgetYear));
  await page.getByLabel('领域', { exact: true }).selectOption({ label: SECTOR_BUDGET });
  await expect(page.getByRole('region', { name: '合规矩阵' }).locator('caption')).toContainText(`${budgetYear} 年度重点领域信息公开情况`);
  await page.getByRole('region', { name: '合规矩阵' }).getByRole('button', { name: '绥化市', exact: true }).click();
  return page.getByRole('row', { name: new RegExp(`^${COUNTY}`) }).getByRole('button', { name: new RegExp(`^${COUNTY} ${REQUIREMENT}：`) });
}

test('a county publishes 三公经费 and AQI readings, the province matrix turns green, a citizen finds them', async ({ page, browser }) => {
  const { username: adminUser, password: adminOneTime } = admin();
  let userOneTime = '';

  await test.step('administrator signs in, enables key-sectors for the province and, working in 肇东市, creates the bureau and a county user', async () => {
    await page.goto(url('/console'));
    await adminSignIn(page, adminUser, adminOneTime, ADMIN_NEW_PASSWORD);
    // Enabled for the whole province (every county inherits it), so the province sees the matrix.
    await openConsolePage(page, '功能模块');
    const row = page.getByRole('table', { name: /的功能模块$/ }).getByRole('row', { name: /重点领域信息公开/ });
    await expect(row).toContainText('未启用');
    await row.getByRole('button', { name: /^启用\s*重点领域信息公开$/ }).click();
    await expect(row).toContainText('已启用');

    await switchWorkDivision(page, '绥化市');
    const county = page.getByRole('group', { name: '切换工作地区' }).getByLabel('县（区）');
    await expect(county).toBeEnabled();
    await county.selectOption({ label: COUNTY });
    await expect(county.locator('option:checked')).toHaveText(COUNTY);

    await createOrganisation(page, { name: ORG_NAME, code: ORG_CODE });
    userOneTime = await createStaffAccount(page, { username: USER, displayName: USER_NAME, organisation: ORG_NAME });
    await openNewAccount(page, USER);
    expect(await grantRole(page, 'key-sectors.editor', { division: '231282' })).toContain('重点领域信息员');
  });

  await test.step('the province matrix shows 肇东市 has not published its 三公经费 budget', async () => {
    await switchWorkDivision(page, '全省');
    const cell = await countyCell(page);
    await expect(cell).toHaveAccessibleName(`${COUNTY} ${REQUIREMENT}：未公开，查看明细`);
    await expect(cell.locator('xpath=ancestor::td[1]')).toHaveAttribute('data-status', 'missing');
    await consoleLogout(page);
  });

  await test.step('the county user imports and publishes the 三公经费 budget and 24 hourly readings', async () => {
    await consoleLogin(page, USER, userOneTime);
    await changeFirstPassword(page, userOneTime, USER_PASSWORD);
    await importCsv(page, SECTOR_BUDGET, '“三公”经费', '肇东市三公经费预算.csv', threeExpensesCsv, 1);
    await importCsv(page, '环境保护', '空气质量小时监测数据', `${STATION}-${readingDay}.csv`, readingsCsv, 24);
    await consoleLogout(page);
  });

  await test.step('the province matrix turns 肇东市 green', async () => {
    await consoleLogin(page, adminUser, ADMIN_NEW_PASSWORD);
    await switchWorkDivision(page, '全省');
    const cell = await countyCell(page);
    await expect(cell).toHaveAccessibleName(`${COUNTY} ${REQUIREMENT}：按时公开，查看明细`);
    await expect(cell.locator('xpath=ancestor::td[1]')).toHaveAttribute('data-status', 'on-time');
    await cell.click();
    const detail = page.getByRole('region', { name: '明细' });
    await expect(detail.getByRole('heading', { name: `${COUNTY}：${REQUIREMENT}` })).toBeVisible();
    await expect(detail).toContainText(TITLE);
  });

  await test.step('a citizen finds the figures through the portal search and sees the AQI chart', async () => {
    const citizen = await browser.newContext();
    const portal = await citizen.newPage();
    try {
      await portal.goto(url('/'));
      const search = portal.getByRole('search', { name: '检索政府信息公开目录' });
      await search.getByRole('searchbox', { name: '检索政府信息公开目录' }).fill('三公');
      await search.getByRole('button', { name: '检索' }).click();
      await expect(portal).toHaveURL(/\/search\?/);
      const hit = portal.getByRole('link', { name: TITLE });
      await expect(hit).toBeVisible();
      await hit.click();
      await expect(portal.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
      const meta = portal.getByRole('table', { name: '信息元数据' });
      await expect(meta.getByRole('row', { name: /^内容概述 / })).toContainText('预算数174.10万元：因公出国（境）费12.5万元，公务用车购置及运行维护费116.40万元（购置费30万元，运行维护费86.4万元），公务接待费45.2万元。');
      await expect(meta.getByRole('row', { name: `发布机构 ${ORG_NAME}` })).toBeVisible();

      await portal.goto(url('/key-sectors/environment?d=231282'));
      await expect(portal.getByRole('heading', { level: 1, name: '环境保护' })).toBeVisible();
      await portal.getByRole('navigation', { name: '记录类型' }).getByRole('link', { name: '空气质量小时监测数据' }).click();
      const readings = portal.getByRole('table', { name: /^空气质量小时监测数据（共 24 条）/ });
      await expect(readings).toBeVisible();
      // Any one hour of the day: its page charts the station's whole day.
      await readings.getByRole('link', { name: new RegExp(`^站点 ${STATION} ${readingDay} \\d{2}时监测数据$`) }).first().click();
      await expect(portal.getByRole('heading', { level: 1, name: new RegExp(`^站点 ${STATION} ${readingDay}`) })).toBeVisible();
      const chart = portal.getByRole('region', { name: '逐小时空气质量指数' });
      const caption = `站点 ${STATION} 逐小时空气质量指数（AQI）`;
      await expect(chart.getByRole('figure', { name: caption })).toBeVisible();
      // The chart's data table: a header row and one row per hour of the day.
      await expect(chart.getByRole('table', { name: `${caption}：数据表` }).getByRole('row')).toHaveCount(25);
      // 00时: PM2.5 20 and PM10 45 µg/m³ give AQI 45 (HJ 633—2012), 一级 优.
      await expect(chart.getByRole('row', { name: `${readingDay} 00时 45 一级 优 — 20 45 40 9 22 0.8` })).toBeVisible();
    } finally {
      await citizen.close();
    }
  });
});
