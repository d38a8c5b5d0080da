// The information-request flow of the mechanisms plugin (issue 3, item 14), in the real UI: the
// administrator enables 政务公开机制 for 大庆市 and sets up its government office (the receiving
// office) and a second department with one account each (setup); a citizen registers on the portal
// and applies online; the office's head sends a 协办 sub-task to the second department, which sees
// and answers it in its own queue; the head extends the reply period once (the new deadline and
// how it was computed are shown to staff and to anyone tracking the number), replies 部分公开 with
// a previewed letter (printable, downloadable, with the appeal-rights notice) and publishes the
// disclosed part to the catalogue, where a citizen finds it; the applicant sees the reply on the
// tracking page and the letter among their requests; the annual report of the organisation and
// of the division counts the case as 部分公开 and satisfies the consistency rule.
//
// The platform runs on the system clock: the receipt date is today in China, and every deadline is
// asserted against an independent working-day computation (support/working-days.ts).
import fs from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { admin, url } from '../support/env';
import {
  adminSignIn, changeFirstPassword, consoleLogin, consoleLogout, createOrganisation, createStaffAccount, grantRole, openConsolePage, openNewAccount, switchWorkDivision,
} from '../support/console';
import { chinaToday, cnDate, workingDaysAfter } from '../support/working-days';

// The same as the other suites': whichever suite runs first makes the forced change.
const ADMIN_NEW_PASSWORD = 'Heilongjiang2026a';
const CITY = '大庆市';
const CITY_CODE = '2306';
const OFFICE = '大庆市人民政府办公室';
const OFFICE_CODE = 'DQS-ZFB';
const DEPARTMENT = '大庆市住房和城乡建设局';
const DEPARTMENT_CODE = 'DQS-ZJJ';
const HEAD = { username: 'dq.gongkai', displayName: '赵雪梅', password: 'Daqing2026Gongkai' };
const LIAISON = { username: 'dq.zjj', displayName: '孙立军', password: 'Daqing2026Zjjlly' };
const CITIZEN = { username: 'zhangwei.dq', displayName: '张伟', phone: '13904591234', password: 'Zhangwei2026dq' };

const DESCRIPTION = '2026年大庆市老旧小区改造项目清单，包括各项目的名称、位置、改造内容和投资金额。';
const QUESTION = '请提供本局掌握的2026年老旧小区改造项目清单，并说明其中是否含有不宜公开的内容。';
const ANSWER = '清单共12个项目，附件中的住户姓名和联系电话属于个人信息，建议删除后公开。';
const EXTENSION_REASON = '所需信息须由市住房和城乡建设局汇总核实';
const WITHHELD_REASON = '清单中的住户姓名和联系电话属于个人信息，公开会损害第三方合法权益，不予公开。';
const DISCLOSED = '现提供2026年老旧小区改造项目清单（共12个项目，已删除住户个人信息），请通过网上获取电子文件。';
const APPEAL_NOTICE = '可以自收到本告知书之日起60日内依法申请行政复议，或者自收到本告知书之日起6个月内依法向人民法院提起行政诉讼';
const PUBLISHED_TITLE = '大庆市2026年老旧小区改造项目清单';
const REPLY_LETTER = '政府信息部分公开告知书';
const EXTENSION_LETTER = '延长政府信息公开答复期限告知书';

// Every date of the flow, from the receipt date (today in China) by working days.
const receivedOn = chinaToday();
const year = Number(receivedOn.slice(0, 4));
const replyDue = workingDaysAfter(receivedOn, 20);
const subtaskDue = workingDaysAfter(receivedOn, 10); // the division's default for 协办
const extendedDue = workingDaysAfter(receivedOn, 40);
/** An accessible name made of visible and visually hidden parts (the browser may space them). */
const named = (...parts: string[]) => new RegExp(`^${parts.map(escape).join('\\s*')}$`);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const provisionalMark = (d: { provisional: boolean }) => (d.provisional ? '（暂定）' : '');

/** Section 三 of the annual report as { row label: [each applicant type…, 总计] }, with the header. */
async function readMatrix(table: Locator): Promise<{ columns: string[]; rows: Record<string, number[]> }> {
  await expect(table).toBeVisible();
  const columns = (await table.locator('thead th').allTextContents()).map((s) => s.trim());
  const rows: Record<string, number[]> = {};
  for (const row of await table.locator('tbody tr').all()) {
    const label = ((await row.locator('th').textContent()) ?? '').trim();
    rows[label] = (await row.locator('td').allTextContents()).map((s) => Number(s.trim()));
  }
  return { columns, rows };
}

/** The report counts this one case: new 1, 部分公开 1, handled 1, nothing carried over or forward. */
async function expectOneCasePartial(page: Page, tableName: string | RegExp): Promise<void> {
  const { columns, rows } = await readMatrix(page.getByRole('table', { name: tableName }));
  // Rendered with the same report as the table: the consistency rule (勾稽关系) holds.
  await expect(page.getByRole('status').filter({ hasText: /^符合勾稽关系/ })).toHaveText('符合勾稽关系：本年新收 + 上年结转 = 办理结果总计 + 结转下年度，各项之和与总计一致。');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(columns[0]).toBe('项目');
  expect(columns[1]).toBe('自然人');
  expect(columns.at(-1)).toBe('总计');
  const one = columns.slice(1).map((c) => (c === '自然人' || c === '总计' ? 1 : 0));
  const zero = columns.slice(1).map(() => 0);
  const counted = ['一、本年新收政府信息公开申请数量', '三、本年度办理结果 （二）部分公开', '三、本年度办理结果 （七）总计'];
  expect(Object.keys(rows)).toEqual(expect.arrayContaining([...counted, '二、上年结转政府信息公开申请数量', '四、结转下年度继续办理', '三、本年度办理结果 （一）予以公开']));
  for (const [label, values] of Object.entries(rows)) expect(values, label).toEqual(counted.includes(label) ? one : zero);
}

test('a citizen applies online, the office coordinates, extends and replies 部分公开, the report counts it', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const { username: adminUser, password: adminOneTime } = admin();
  let headOneTime = '';
  let liaisonOneTime = '';
  let number = '';
  let indexNo = '';

  await test.step('setup: the administrator enables 政务公开机制 for 大庆市, creates two organisations and their accounts', async () => {
    await page.goto(url('/console'));
    await adminSignIn(page, adminUser, adminOneTime, ADMIN_NEW_PASSWORD);
    await switchWorkDivision(page, CITY);
    await openConsolePage(page, '功能模块');
    const row = page.getByRole('table', { name: `${CITY}的功能模块` }).getByRole('row', { name: /政务公开机制/ });
    await expect(row).toContainText('未启用');
    await row.getByRole('button', { name: /^启用\s*政务公开机制$/ }).click();
    await expect(row).toContainText('已启用');

    await createOrganisation(page, { name: OFFICE, code: OFFICE_CODE, kind: '人民政府（办公室）' });
    await createOrganisation(page, { name: DEPARTMENT, code: DEPARTMENT_CODE });

    // The office's head of open-government work handles, extends and replies for the whole city.
    headOneTime = await createStaffAccount(page, { ...HEAD, organisation: OFFICE });
    await openNewAccount(page, HEAD.username);
    expect(await grantRole(page, 'mechanisms.head', { division: CITY_CODE })).toBe('政府信息公开工作机构负责人（mechanisms.head）');
    // The department's liaison answers sub-tasks addressed to the department only.
    liaisonOneTime = await createStaffAccount(page, { ...LIAISON, organisation: DEPARTMENT });
    await openNewAccount(page, LIAISON.username);
    expect(await grantRole(page, 'mechanisms.liaison', { organisation: DEPARTMENT })).toBe('协办联络员（mechanisms.liaison）');
    await consoleLogout(page);
  });

  await test.step('a citizen registers on the portal and applies online to the 大庆市 government office', async () => {
    const citizen = await browser.newContext();
    const portal = await citizen.newPage();
    try {
      await portal.goto(url('/'));
      await portal.getByRole('link', { name: '注册', exact: true }).click();
      const register = portal.getByRole('form', { name: '注册公众账号' });
      await register.getByLabel('用户名').fill(CITIZEN.username);
      await register.getByLabel('姓名或昵称').fill(CITIZEN.displayName);
      await register.getByLabel('手机号码').fill(CITIZEN.phone);
      await register.getByLabel(/^密码/).fill(CITIZEN.password);
      await register.getByLabel('确认密码').fill(CITIZEN.password);
      await register.getByRole('button', { name: '注册' }).click();
      await expect(portal.getByText('注册成功，请登录。')).toBeVisible();
      const login = portal.getByRole('form', { name: '用户登录' });
      await login.getByLabel('用户名').fill(CITIZEN.username);
      await login.getByLabel('密码').fill(CITIZEN.password);
      await login.getByRole('button', { name: '登录' }).click();
      await expect(portal.getByRole('link', { name: CITIZEN.displayName })).toBeVisible();

      // The service exists where the city has switched it on: choose the city, then 依申请公开.
      await portal.getByRole('group', { name: '切换地区' }).getByLabel('市（地）').selectOption({ label: CITY });
      await expect(portal).toHaveURL(new RegExp(`[?&]d=${CITY_CODE}`));
      await portal.getByRole('navigation').getByRole('link', { name: '依申请公开', exact: true }).click();
      await expect(portal.getByRole('heading', { level: 1, name: '依申请公开' })).toBeVisible();
      await portal.getByRole('link', { name: '在线申请' }).click();
      await expect(portal.getByRole('heading', { level: 1, name: '在线申请政府信息公开' })).toBeVisible();

      const form = portal.getByRole('form', { name: '在线申请政府信息公开' });
      await expect(form.getByRole('group', { name: '受理机关所在地区' }).getByLabel('市（地）').locator('option:checked')).toHaveText(CITY);
      await form.getByLabel('受理机关').selectOption({ label: OFFICE });
      await expect(form.getByRole('radio', { name: '自然人' })).toBeChecked();
      await form.getByLabel('申请人姓名').fill(CITIZEN.displayName);
      await form.getByLabel('证件号码').fill('230602199003150021');
      await form.getByLabel('联系电话').fill(CITIZEN.phone);
      await form.getByLabel('所需政府信息的名称、文号或便于查询的其他特征性描述').fill(DESCRIPTION);
      await form.getByRole('button', { name: '提交申请' }).click();

      await expect(portal.getByRole('heading', { name: '申请已提交' })).toBeVisible();
      number = ((await portal.getByTestId('request-number').textContent()) ?? '').trim();
      // The division's first request of the year: <division>-<year>-<sequence>-<check>.
      expect(number).toMatch(new RegExp(`^${CITY_CODE}-${year}-000001-[0-9A-HJKMNP-TV-Z]{4}$`));
      const receipt = portal.getByRole('table', { name: '申请回执' });
      await expect(receipt.getByRole('row', { name: /^收到申请日期/ })).toHaveText(`收到申请日期${cnDate(receivedOn)}（网上提交即确认收到）`);
      await expect(receipt.getByRole('row', { name: /^答复期限/ })).toContainText(`${cnDate(replyDue.due)}前`);
    } finally {
      await citizen.close();
    }
  });

  await test.step('the head finds the request in the queue and sends a 协办 sub-task to the department', async () => {
    await consoleLogin(page, HEAD.username, headOneTime);
    await changeFirstPassword(page, headOneTime, HEAD.password);
    await openConsolePage(page, '申请办理', '依申请公开办理');
    await page.getByRole('link', { name: number, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `申请 ${number}` })).toBeVisible();
    const summary = page.getByRole('table', { name: '申请信息' });
    await expect(summary.getByRole('row', { name: /^受理机构/ })).toHaveText(`受理机构${OFFICE}`);
    await expect(summary.getByRole('row', { name: /^所需信息/ })).toHaveText(`所需信息${DESCRIPTION}`);

    const send = page.getByRole('form', { name: '发出协办或征求意见' });
    await send.getByRole('radio', { name: /^协办/ }).check();
    await send.getByLabel('被征求意见的机构').selectOption({ label: DEPARTMENT });
    await send.getByLabel('征求意见的事项').fill(QUESTION);
    await send.getByRole('button', { name: '发出' }).click();
    // 协办 is counted in the reply period: the reply deadline stays where it was.
    await expect(send.getByRole('status')).toHaveText(`已发出，回复期限 ${cnDate(subtaskDue.due)}。答复截止日：${cnDate(replyDue.due)}。`);
    const sent = page.getByRole('table', { name: '已发出的协办和征求意见事项' }).getByRole('row', { name: new RegExp(DEPARTMENT) });
    await expect(sent).toContainText('协办');
    await expect(sent).toContainText('办理中');
  });

  await test.step('the head extends the reply period once; the new deadline is shown with its computation', async () => {
    const extend = page.getByRole('form', { name: '延长答复期限' });
    await expect(extend.getByLabel('延长的工作日数')).toHaveValue('20');
    await extend.getByLabel('延长理由').fill(EXTENSION_REASON);
    await expect(extend.getByLabel('批准日期')).toHaveValue(receivedOn);
    await extend.getByRole('button', { name: '批准延长并出具告知书' }).click();
    // Only one extension: the form gives way to a note once the case is reloaded.
    await expect(page.getByText('答复期限已延长过一次，不能再次延长。')).toBeVisible();
    await expect(page.getByRole('form', { name: '延长答复期限' })).toHaveCount(0);

    const deadlines = page.getByRole('region', { name: '期限', exact: true });
    await expect(deadlines).toContainText(`答复截止日：${cnDate(extendedDue.due)}${provisionalMark(extendedDue)}`);
    await expect(deadlines).toContainText(`起算日 ${cnDate(receivedOn)}；已延长 20 个工作日；延迟答复 0 个工作日；不计入期限 0 个工作日。`);
    const computation = deadlines.getByLabel('答复期限的计算过程');
    await expect(computation).toContainText(`收到申请${receivedOn}（收到申请之日不计入期限，自次日起算）`);
    await expect(computation).toContainText('答复期限20个工作日（条例第三十三条第二款');
    await expect(computation).toContainText(`延长答复期限20个工作日，${receivedOn}经${HEAD.displayName}同意（条例第三十三条第二款`);
    await expect(computation).toContainText(
      `答复截止日${receivedOn}后第40个工作日：${extendedDue.due}${extendedDue.provisional ? '（所涉年度节假日安排尚未公布，日期为暂定）' : ''}`,
    );

    // The extension letter names the approver and the new deadline.
    await page.getByRole('button', { name: named('查看、打印或下载', EXTENSION_LETTER) }).click();
    const letter = page.frameLocator(`iframe[title="${EXTENSION_LETTER}（预览）"]`).locator('body');
    await expect(letter).toContainText(`经政府信息公开工作机构负责人（${HEAD.displayName}）同意，答复期限延长20个工作日，至${cnDate(extendedDue.due)}。`);
    await expect(letter).toContainText(number);
    await consoleLogout(page);
  });

  await test.step('anyone tracking the number sees the extended deadline and how it was computed', async () => {
    const visitor = await browser.newContext();
    const portal = await visitor.newPage();
    try {
      await portal.goto(url(`/requests/track?d=${CITY_CODE}`));
      const search = portal.getByRole('search', { name: '按申请编号查询' });
      await search.getByLabel('申请编号').fill(number);
      await search.getByRole('button', { name: '查询' }).click();
      await expect(portal.getByRole('heading', { name: `申请编号 ${number}` })).toBeVisible();
      const overview = portal.getByRole('table', { name: '办理概况' });
      await expect(overview.getByRole('row', { name: /^办理状态/ })).toHaveText('办理状态办理中');
      await expect(overview.getByRole('row', { name: /^答复期限/ })).toHaveText(`答复期限${cnDate(extendedDue.due)}${provisionalMark(extendedDue)}`);
      const computation = portal.getByLabel('答复期限的计算过程');
      await expect(computation).toContainText(`延长答复期限20个工作日，${receivedOn}经${HEAD.displayName}同意`);
      await expect(computation).toContainText(`${receivedOn}后第40个工作日：${extendedDue.due}`);
      // No personal data on the public page.
      await expect(portal.locator('main')).not.toContainText(CITIZEN.displayName);
      await expect(portal.locator('main')).not.toContainText(CITIZEN.phone);
    } finally {
      await visitor.close();
    }
  });

  await test.step('the department sees the sub-task in its own queue and answers it', async () => {
    await consoleLogin(page, LIAISON.username, liaisonOneTime);
    await changeFirstPassword(page, liaisonOneTime, LIAISON.password);
    await openConsolePage(page, '协办和征求意见', '协办和征求意见事项');
    const queue = page.getByRole('table', { name: /^协办和征求意见事项（待回复，按回复期限排序，共 1 件）/ });
    const row = queue.getByRole('row', { name: new RegExp(`^${number}`) });
    await expect(row).toContainText('协办');
    await expect(row).toContainText(OFFICE);
    await expect(row).toContainText(DEPARTMENT);
    await expect(row).toContainText(QUESTION);
    await expect(row).toContainText(cnDate(subtaskDue.due));
    await row.getByRole('button', { name: named('回复', `申请 ${number}`) }).click();
    const answer = page.getByRole('form', { name: `回复：申请 ${number}` });
    await expect(answer).toContainText(`申请内容：${DESCRIPTION}`);
    await answer.getByLabel('回复意见').fill(ANSWER);
    await answer.getByRole('button', { name: '提交回复意见' }).click();
    await expect(page.getByRole('table', { name: /^协办和征求意见事项（待回复，按回复期限排序，共 0 件）/ })).toBeVisible();
    await page.getByLabel('状态', { exact: true }).selectOption({ label: '已回复' });
    await expect(page.getByRole('table', { name: /^协办和征求意见事项（已回复/ }).getByRole('row', { name: new RegExp(`^${number}`) })).toBeVisible();
    await consoleLogout(page);
  });

  await test.step('the head replies 部分公开 with a previewed letter: printable, downloadable, with the appeal-rights notice', async () => {
    await consoleLogin(page, HEAD.username, HEAD.password);
    await openConsolePage(page, '申请办理', '依申请公开办理');
    await page.getByRole('link', { name: number, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `申请 ${number}` })).toBeVisible();
    const sent = page.getByRole('table', { name: '已发出的协办和征求意见事项' }).getByRole('row', { name: new RegExp(DEPARTMENT) });
    await expect(sent).toContainText('已回复');
    await expect(sent).toContainText(ANSWER);

    const reply = page.getByRole('form', { name: '答复', exact: true });
    await reply.getByLabel('办理结果').selectOption({ label: '部分公开' });
    await expect(reply.getByText('年度报告行：（二）部分公开')).toBeVisible();
    await reply.getByLabel('理由').fill(WITHHELD_REASON);
    await expect(reply.getByLabel('法律依据')).toHaveValue('《中华人民共和国政府信息公开条例》第三十七条');
    await reply.getByLabel('公开内容及获取方式').fill(DISCLOSED);
    await expect(reply.getByRole('textbox', { name: /^答复日期/ })).toHaveValue(receivedOn);
    await reply.getByRole('button', { name: '预览告知书' }).click();
    const preview = page.frameLocator(`iframe[title="${REPLY_LETTER}（预览）"]`).locator('body');
    await expect(preview).toContainText(WITHHELD_REASON);
    await expect(preview).toContainText(APPEAL_NOTICE);
    await reply.getByRole('button', { name: '作出答复并出具告知书' }).click();

    await expect(page.getByText('已办结：部分公开', { exact: true })).toBeVisible();
    const closed = page.locator('#case-reply');
    await expect(closed).toContainText(`已办结：部分公开。理由：${WITHHELD_REASON}（依据：《中华人民共和国政府信息公开条例》第三十七条）`);
    await expect(page.getByRole('region', { name: '期限', exact: true })).toContainText(`已于 ${cnDate(receivedOn)} 办结（在答复期限内），用时 0 个工作日。`);

    // The issued letter, frozen: view, print, download.
    const letters = page.getByRole('region', { name: '告知书', exact: true });
    await expect(letters.getByRole('listitem').filter({ hasText: `答复告知书：${REPLY_LETTER}（${cnDate(receivedOn)}）` })).toBeVisible();
    await letters.getByRole('button', { name: named('查看、打印或下载', REPLY_LETTER) }).click();
    const frame = letters.locator(`iframe[title="${REPLY_LETTER}（预览）"]`);
    const body = page.frameLocator(`iframe[title="${REPLY_LETTER}（预览）"]`).locator('body');
    await expect(body).toContainText(REPLY_LETTER);
    await expect(body).toContainText('部分公开');
    await expect(body).toContainText(`编号：${number}`);
    await expect(body).toContainText(DISCLOSED);
    await expect(body).toContainText(APPEAL_NOTICE);
    await expect(body).toContainText(OFFICE);

    // 打印 prints the letter's own frame (the browser's print dialog is replaced by a counter).
    await frame.evaluate((f: HTMLIFrameElement) => {
      const w = f.contentWindow as (Window & { printed?: number }) | null;
      if (!w) throw new Error('letter frame has no window');
      w.printed = 0;
      w.print = () => { w.printed = (w.printed ?? 0) + 1; };
    });
    await letters.getByRole('button', { name: named('打印', REPLY_LETTER) }).click();
    expect(await frame.evaluate((f: HTMLIFrameElement) => (f.contentWindow as Window & { printed?: number }).printed)).toBe(1);

    const downloading = page.waitForEvent('download');
    await letters.getByRole('link', { name: named('下载', REPLY_LETTER, '（HTML 文件）') }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.html$/);
    const html = await fs.readFile(await download.path(), 'utf8');
    expect(html).toContain(REPLY_LETTER);
    expect(html).toContain('部分公开');
    expect(html).toContain(DISCLOSED);
    expect(html).toContain(number);
    expect(html).toContain(APPEAL_NOTICE);
  });

  await test.step('the head publishes the disclosed part to the catalogue', async () => {
    const publish = page.getByRole('form', { name: '发布到政府信息公开目录' });
    await publish.getByLabel('标题').fill(PUBLISHED_TITLE);
    await publish.getByLabel('摘要').fill('依申请公开：大庆市2026年老旧小区改造项目的名称、位置、改造内容和投资金额。');
    await publish.getByLabel('公开内容').fill('一、项目清单\n共12个项目，涉及住宅楼86栋。\n二、说明\n住户个人信息已删除。');
    await publish.getByLabel('主题分类').selectOption({ label: '1002 城乡建设（含住房）' });
    await publish.getByRole('button', { name: '发布' }).click();
    await expect(page.getByText('答复内容已发布到政府信息公开目录：')).toBeVisible();
    const link = page.getByRole('link', { name: '查看目录信息' });
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: PUBLISHED_TITLE })).toBeVisible();
    const meta = page.getByRole('table', { name: '信息元数据' });
    indexNo = ((await meta.getByRole('row', { name: /^索引号/ }).getByRole('cell').textContent()) ?? '').trim();
    expect(indexNo).toMatch(new RegExp(`^${OFFICE_CODE}/${year}-\\d{5}$`));
    await expect(meta.getByRole('row', { name: /^公开方式/ })).toHaveText('公开方式依申请公开');
  });

  await test.step('the annual report of the office and of the division count the case as 部分公开', async () => {
    await page.goto(url('/console'));
    await openConsolePage(page, '年度报告', '政府信息公开工作年度报告');
    await page.getByLabel('年度', { exact: true }).selectOption({ label: `${year}年` });
    await page.getByLabel('报告范围').selectOption({ label: OFFICE });
    await expectOneCasePartial(page, `${year}年度 机构报告：三、收到和处理政府信息公开申请情况（单位：件）`);
    await page.getByLabel('报告范围').selectOption({ label: '本地区汇总（含下级）' });
    await expectOneCasePartial(page, new RegExp(`^${year}年度 ${CITY}（汇总，含 \\d+ 个机构）：三、收到和处理政府信息公开申请情况（单位：件）$`));
    await consoleLogout(page);
  });

  await test.step('the applicant sees the reply on the tracking page and the letter among their requests; the disclosed part is in the catalogue', async () => {
    const citizen = await browser.newContext();
    const portal = await citizen.newPage();
    try {
      await portal.goto(url(`/login?next=${encodeURIComponent(`/requests/mine?d=${CITY_CODE}`)}`));
      const login = portal.getByRole('form', { name: '用户登录' });
      await login.getByLabel('用户名').fill(CITIZEN.username);
      await login.getByLabel('密码').fill(CITIZEN.password);
      await login.getByRole('button', { name: '登录' }).click();
      await expect(portal.getByRole('heading', { level: 1, name: '我的申请' })).toBeVisible();
      await portal.getByRole('table', { name: '我的申请（共 1 件）' }).getByRole('link', { name: number }).click();

      await expect(portal.getByRole('heading', { level: 1, name: '申请详情' })).toBeVisible();
      const overview = portal.getByRole('table', { name: '办理概况' });
      await expect(overview.getByRole('row', { name: /^办理状态/ })).toHaveText('办理状态已办结：部分公开');
      await expect(overview.getByRole('row', { name: /^办理结果/ })).toHaveText(`办理结果部分公开（${cnDate(receivedOn)}办结）`);
      const timeline = portal.getByRole('region', { name: '办理过程', exact: true });
      await expect(timeline).toContainText(`${cnDate(receivedOn)}\u3000延长答复期限`);
      await expect(timeline).toContainText(`${cnDate(receivedOn)}\u3000作出答复：部分公开`);
      await expect(timeline).toContainText(`${cnDate(receivedOn)}\u3000答复内容已主动公开`);
      await portal.getByRole('button', { name: named('查看', REPLY_LETTER) }).click();
      const letter = portal.frameLocator(`iframe[title="${REPLY_LETTER}（预览）"]`).locator('body');
      await expect(letter).toContainText(DISCLOSED);
      await expect(letter).toContainText(APPEAL_NOTICE);

      // The public tracking page by number says the same.
      await portal.goto(url(`/requests/track?d=${CITY_CODE}&number=${encodeURIComponent(number)}`));
      await expect(portal.getByRole('heading', { name: `申请编号 ${number}` })).toBeVisible();
      const tracked = portal.getByRole('table', { name: '办理概况' });
      await expect(tracked.getByRole('row', { name: /^办理状态/ })).toHaveText('办理状态已办结：部分公开');
      await expect(tracked.getByRole('row', { name: /^办理结果/ })).toHaveText(`办理结果部分公开（${cnDate(receivedOn)}办结）`);
      await expect(tracked.getByRole('row', { name: /^答复期限/ })).toHaveCount(0);
      await expect(portal.getByRole('region', { name: '办理过程', exact: true })).toContainText('作出答复：部分公开');

      // Anyone finds the disclosed part in the catalogue with a two-character query.
      await portal.goto(url('/'));
      const search = portal.getByRole('search', { name: '检索政府信息公开目录' });
      await search.getByRole('searchbox', { name: '检索政府信息公开目录' }).fill('改造');
      await search.getByRole('button', { name: '检索' }).click();
      const hit = portal.getByRole('link', { name: PUBLISHED_TITLE });
      await expect(hit).toBeVisible();
      await hit.click();
      await expect(portal.getByRole('heading', { level: 1, name: PUBLISHED_TITLE })).toBeVisible();
      const meta = portal.getByRole('table', { name: '信息元数据' });
      await expect(meta.getByRole('row', { name: `索引号 ${indexNo}` })).toBeVisible();
      await expect(meta.getByRole('row', { name: `发布机构 ${OFFICE}` })).toBeVisible();
      await expect(meta.getByRole('row', { name: '公开方式 依申请公开' })).toBeVisible();
    } finally {
      await citizen.close();
    }
  });
});
