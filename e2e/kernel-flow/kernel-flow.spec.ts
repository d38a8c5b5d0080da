// The kernel's end-to-end flow (issue 2, item 12): the administrator signs in with the one-time
// password, sets up a city unit, an organisation and a city user, enables the fixture plugin for
// 哈尔滨市 with its settings; the city user publishes a catalogue item; a citizen finds it on the
// portal by a two-character query; the audit page shows every step and an intact hash chain.
import { expect, test } from '@playwright/test';
import { admin, url } from '../support/env';
import {
  changeFirstPassword, consoleLogin, consoleLogout, createOrganisation, createStaffAccount, grantRole, openConsolePage, openNewAccount, switchWorkDivision,
} from '../support/console';

const ADMIN_NEW_PASSWORD = 'Heilongjiang2026a';
const CITY_USER = 'hrb.fabu';
const CITY_USER_NAME = '王晓明';
const CITY_USER_PASSWORD = 'Harbin2026Fabu';
const ORG_NAME = '哈尔滨市测试局';
const ORG_CODE = 'HRB-CSJ';
const ITEM_TITLE = '哈尔滨市2026年冬季供热保障工作方案';

test('administrator sets up a city, the city publishes, a citizen finds it, the audit shows it all', async ({ page, browser }) => {
  test.setTimeout(150_000);
  const { username: adminUser, password: adminOneTime } = admin();
  let cityOneTime = '';
  let indexNo = '';

  await test.step('administrator signs in with the one-time password and must change it', async () => {
    await page.goto(url('/console'));
    await expect(page).toHaveURL(/\/console\/login\?next=/);
    await consoleLogin(page, adminUser, adminOneTime);
    await expect(page).toHaveURL(/\/console\/change-password$/);
    // Nothing else in the console is reachable until the password is changed.
    await page.goto(url('/console/users'));
    await expect(page).toHaveURL(/\/console\/change-password$/);
    await changeFirstPassword(page, adminOneTime, ADMIN_NEW_PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible();
  });

  await test.step('administrator creates a county-level unit under 哈尔滨市', async () => {
    await openConsolePage(page, '行政区划');
    const form = page.getByRole('form', { name: '新建下级地区' });
    await form.getByLabel('行政区划代码').fill('230199');
    await form.getByRole('textbox', { name: '名称', exact: true }).fill('测试新区');
    await form.getByRole('button', { name: '创建' }).click();
    await expect(page.getByText('已创建：测试新区（230199）')).toBeVisible();
  });

  await test.step('administrator creates an organisation and a city user in 哈尔滨市', async () => {
    await switchWorkDivision(page, '哈尔滨市');
    await createOrganisation(page, { name: ORG_NAME, code: ORG_CODE });
    cityOneTime = await createStaffAccount(page, { username: CITY_USER, displayName: CITY_USER_NAME, organisation: ORG_NAME });

    await openNewAccount(page, CITY_USER);
    // Shown once only: the account page never shows it again.
    await expect(page.getByTestId('one-time-password')).toHaveCount(0);
    await expect(page.getByRole('row', { name: '状态 在用（待修改初始密码）' })).toBeVisible();
    expect(await grantRole(page, 'kernel.editor', { division: '2301' })).toBe('信息发布员（kernel.editor）');
    await expect(page.getByRole('table', { name: '已授予的角色' }).getByRole('row', { name: /^信息发布员 地区：2301（含下级）/ })).toBeVisible();
  });

  await test.step('administrator configures and enables the fixture plugin for 哈尔滨市', async () => {
    await openConsolePage(page, '功能模块');
    const table = page.getByRole('table', { name: '哈尔滨市的功能模块' });
    const row = table.getByRole('row', { name: /测试笔记/ });
    await expect(row).toContainText('未启用');
    await row.getByRole('link', { name: /^设置\s*测试笔记$/ }).click();

    await expect(page.getByRole('heading', { level: 1, name: '测试笔记：哈尔滨市的设置' })).toBeVisible();
    const settings = page.getByRole('form', { name: '测试笔记设置' });
    await settings.getByLabel('greeting').fill('冰城您好');
    await settings.getByLabel('maxLength').fill('300');
    await settings.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('设置已保存。')).toBeVisible();

    await page.getByRole('link', { name: '← 返回功能模块' }).click();
    await row.getByRole('button', { name: /^启用\s*测试笔记$/ }).click();
    await expect(row).toContainText('已启用');
    await expect(row).toContainText('本地区单独设置');

    // The saved settings survive enabling.
    await row.getByRole('link', { name: /^设置\s*测试笔记$/ }).click();
    await expect(page.getByText('当前状态：已启用')).toBeVisible();
    await expect(page.getByRole('form', { name: '测试笔记设置' }).getByLabel('greeting')).toHaveValue('冰城您好');
    await consoleLogout(page);
  });

  await test.step('city user signs in, changes the one-time password and publishes a catalogue item', async () => {
    await consoleLogin(page, CITY_USER, cityOneTime);
    await changeFirstPassword(page, cityOneTime, CITY_USER_PASSWORD);
    await expect(page.getByText(`您好，${CITY_USER_NAME}。当前工作地区：哈尔滨市。`)).toBeVisible();

    await openConsolePage(page, '目录管理');
    await page.getByRole('link', { name: '新建信息' }).click();
    const form = page.getByRole('form', { name: '目录信息' });
    await form.getByLabel('发布机构').selectOption({ label: ORG_NAME });
    await form.getByLabel('信息类型').selectOption({ label: '测试笔记' });
    await form.getByRole('textbox', { name: '名称', exact: true }).fill(ITEM_TITLE);
    await form.getByLabel('内容概述').fill('明确2026—2027年采暖期供热保障的责任分工、应急处置和投诉受理渠道。');
    await form.getByLabel('发文字号').fill('哈测发〔2026〕1号');
    await form.getByLabel('生成日期').fill('2026-10-15');
    await form.getByLabel('主题分类').selectOption({ label: '城乡建设、环境保护 › 城乡建设（含住房）' });
    await form.getByLabel('公开方式').selectOption({ label: '主动公开' });
    await form.getByLabel('有效性').selectOption({ label: '有效' });
    await form.getByLabel('正文').fill('一、总体要求\n确保全市居民室温不低于18℃。\n二、投诉渠道\n供热投诉请拨打12345。');
    await form.getByRole('group', { name: '测试笔记元数据' }).getByLabel('天气').selectOption({ label: '晴' });
    await form.getByRole('button', { name: '创建草稿' }).click();

    await expect(page.getByRole('heading', { level: 1, name: ITEM_TITLE })).toBeVisible();
    await expect(page.getByText('状态：草稿；索引号在发布时编制')).toBeVisible();
    await page.getByRole('button', { name: '发布', exact: true }).click();
    const published = page.getByText(/^已发布，索引号 /);
    await expect(published).toBeVisible();
    indexNo = (/索引号 (\S+?)。/.exec((await published.textContent()) ?? '')?.[1]) ?? '';
    expect(indexNo).toMatch(new RegExp(`^${ORG_CODE}/2026-\\d{5}$`));
    await expect(page.getByText(`状态：已发布；索引号：${indexNo}`)).toBeVisible();
    await consoleLogout(page);
  });

  await test.step('a citizen finds the item by a two-character query and opens it', async () => {
    const citizen = await browser.newContext();
    const portal = await citizen.newPage();
    try {
      await portal.goto(url('/'));
      await expect(portal.getByRole('heading', { level: 1, name: /政府信息公开/ })).toBeVisible();
      const search = portal.getByRole('search', { name: '检索政府信息公开目录' });
      await search.getByRole('searchbox', { name: '检索政府信息公开目录' }).fill('供热');
      await search.getByRole('button', { name: '检索' }).click();
      await expect(portal).toHaveURL(/\/search\?/);
      await expect(portal.getByRole('status').filter({ hasText: '“供热”共' })).toBeVisible();
      const hit = portal.getByRole('link', { name: ITEM_TITLE });
      await expect(hit).toBeVisible();
      await hit.click();

      await expect(portal.getByRole('heading', { level: 1, name: ITEM_TITLE })).toBeVisible();
      const meta = portal.getByRole('table', { name: '信息元数据' });
      await expect(meta.getByRole('row', { name: `索引号 ${indexNo}` })).toBeVisible();
      await expect(meta.getByRole('row', { name: `发布机构 ${ORG_NAME}` })).toBeVisible();
      await expect(meta.getByRole('row', { name: '发文字号 哈测发〔2026〕1号' })).toBeVisible();
      await expect(meta.getByRole('row', { name: '天气 晴' })).toBeVisible();
    } finally {
      await citizen.close();
    }
  });

  await test.step('administrator sees every step in the audit log and the chain intact', async () => {
    await consoleLogin(page, adminUser, ADMIN_NEW_PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible();
    await expect(page.getByRole('banner').getByText('系统管理员')).toBeVisible();
    await switchWorkDivision(page, '全省');
    await openConsolePage(page, '审计日志');
    await expect(page.getByTestId('audit-chain-status')).toContainText('审计日志完整');

    const log = page.getByRole('table', { name: /^审计记录/ });
    const expectRecord = async (action: string, actor: string, target?: RegExp) => {
      let rows = log.getByRole('row').filter({ has: page.getByRole('cell', { name: action, exact: true }) }).filter({ hasText: actor }).filter({ hasText: '成功' });
      if (target) rows = rows.filter({ hasText: target });
      await expect(rows.first(), `audit record ${action} by ${actor}`).toBeVisible();
    };
    const adminActor = `（${adminUser}）`;
    const cityActor = `${CITY_USER_NAME}（${CITY_USER}）`;
    await expectRecord('auth.login', adminActor);
    await expectRecord('auth.changePassword', adminActor);
    await expectRecord('divisions.create', adminActor, /230199/);
    await expectRecord('organizations.create', adminActor);
    await expectRecord('users.create', adminActor);
    await expectRecord('users.grant', adminActor);
    await expectRecord('plugins.updateSettings', adminActor);
    await expectRecord('plugins.enable', adminActor);
    await expectRecord('auth.login', cityActor);
    await expectRecord('auth.changePassword', cityActor);
    await expectRecord('catalogue.createDraft', cityActor);
    await expectRecord('catalogue.publish', cityActor);

    // The chain is verified again on request and is still intact after the audit reads.
    await page.getByRole('button', { name: '重新校验' }).click();
    await expect(page.getByTestId('audit-chain-status')).toContainText(/审计日志完整：已校验 \d+ 条记录/);
  });
});
