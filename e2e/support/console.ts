// Console steps shared by the flows: sign in, the forced first-login password change, the
// navigation and the work-division switcher, all through roles and labels as a user sees them.
import { expect, type Page } from '@playwright/test';

/** Signs in on the console login page (the browser must be on it). */
export async function consoleLogin(page: Page, username: string, password: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: '工作人员登录' })).toBeVisible();
  const form = page.getByRole('form', { name: '工作人员登录' });
  await form.getByLabel('用户名').fill(username);
  await form.getByLabel('密码').fill(password);
  await form.getByRole('button', { name: '登录' }).click();
}

/** The first sign-in with a one-time password lands on the change page; nothing else is reachable. */
export async function changeFirstPassword(page: Page, oldPassword: string, newPassword: string): Promise<void> {
  await expect(page).toHaveURL(/\/console\/change-password$/);
  await expect(page.getByRole('heading', { level: 1, name: '修改初始密码' })).toBeVisible();
  await expect(page.getByText('您正在使用管理员发放的一次性密码')).toBeVisible();
  const form = page.getByRole('form', { name: '修改密码' });
  await form.getByLabel('原密码').fill(oldPassword);
  await form.getByRole('textbox', { name: '新密码', exact: true }).fill(newPassword);
  await form.getByLabel('确认新密码').fill(newPassword);
  await form.getByRole('button', { name: '设置新密码' }).click();
  await expect(page).toHaveURL(/\/console$/);
}

/**
 * Signs the first administrator in: with the one-time password and the forced change when this is
 * the first sign-in of the run, or with the changed password when another suite already changed it
 * (all suites share one platform).
 */
export async function adminSignIn(page: Page, username: string, oneTime: string, changedPassword: string): Promise<void> {
  await consoleLogin(page, username, oneTime);
  const forcedChange = await page.waitForURL(/\/console\/change-password$/, { timeout: 10_000 }).then(() => true, () => false);
  if (forcedChange) {
    await changeFirstPassword(page, oneTime, changedPassword);
    return;
  }
  await consoleLogin(page, username, changedPassword);
  await expect(page).toHaveURL(/\/console$/);
}

/** Follows a console navigation entry and waits for the page heading. */
export async function openConsolePage(page: Page, label: string, heading = label): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Chooses the work division at prefecture level ('全省' returns to the province). */
export async function switchWorkDivision(page: Page, prefecture: string): Promise<void> {
  const select = page.getByRole('group', { name: '切换工作地区' }).getByLabel('市（地）');
  await expect(select).toBeEnabled();
  await select.selectOption({ label: prefecture });
  await expect(select.locator('option:checked')).toHaveText(prefecture);
}

/** Signs out from the console header and lands on a clean login page (the next person who signs in
 * must not be sent back to the previous user's page). */
export async function consoleLogout(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出' }).click();
  await expect(page).toHaveURL(/\/console\/login$/);
  await expect(page.getByRole('heading', { level: 1, name: '工作人员登录' })).toBeVisible();
}

export type OrganisationKind = '部门' | '政务服务中心' | '人民政府（办公室）' | '其他';

/** Creates an organisation in the current work division from the 机构 page. */
export async function createOrganisation(page: Page, org: { name: string; code: string; kind?: OrganisationKind }): Promise<void> {
  await openConsolePage(page, '机构');
  const form = page.getByRole('form', { name: '新建机构' });
  await form.getByLabel('机构名称').fill(org.name);
  await form.getByLabel('机构代码').fill(org.code);
  await form.getByLabel('机构类型').selectOption({ label: org.kind ?? '部门' });
  await form.getByRole('button', { name: '创建' }).click();
  await expect(page.getByText(`已创建机构：${org.name}`)).toBeVisible();
  await expect(page.getByRole('rowheader', { name: org.name, exact: true })).toBeVisible();
}

/**
 * Creates a staff account of an organisation from the 用户与授权 page and returns its one-time
 * password, read from the page once as the administrator would to hand it over.
 */
export async function createStaffAccount(page: Page, account: { username: string; displayName: string; organisation: string }): Promise<string> {
  await openConsolePage(page, '用户与授权');
  const form = page.getByRole('form', { name: '新建工作人员账号' });
  await form.getByLabel('用户名').fill(account.username);
  await form.getByLabel('姓名').fill(account.displayName);
  await form.getByLabel('所属机构').selectOption({ label: account.organisation });
  await form.getByRole('button', { name: '创建账号' }).click();
  await expect(page.getByText(`账号 ${account.username} 的一次性密码`)).toBeVisible();
  const oneTime = (await page.getByTestId('one-time-password').textContent())?.trim() ?? '';
  expect(oneTime).toMatch(/^\S{12,}$/);
  return oneTime;
}

/** From the account just created, follows its link to the account page (where roles are granted). */
export async function openNewAccount(page: Page, username: string): Promise<void> {
  await page.getByRole('link', { name: `为 ${username} 授予角色` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `账号：${username}` })).toBeVisible();
}

/**
 * Grants a role (by its key, e.g. `kernel.editor`) on the account page, either at the account's own
 * division and below (the form prefills its code, checked against `division`) or at one
 * organisation only. Returns the role's option label, e.g. `信息发布员（kernel.editor）`.
 */
export async function grantRole(page: Page, roleKey: string, scope: { division: string } | { organisation: string }): Promise<string> {
  const form = page.getByRole('form', { name: '授予角色' });
  const role = form.getByLabel('角色');
  const option = role.locator('option', { hasText: `（${roleKey}）` });
  await expect(option).toHaveCount(1);
  const label = (await option.textContent())?.trim() ?? '';
  await role.selectOption({ label });
  if ('division' in scope) {
    await form.getByLabel('地区（含下级地区）').check();
    await expect(form.getByLabel('地区代码')).toHaveValue(scope.division);
  } else {
    await form.getByLabel('仅某个机构').check();
    await form.getByLabel('机构', { exact: true }).selectOption({ label: scope.organisation });
  }
  await form.getByRole('button', { name: '授予' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^已授予角色/ })).toBeVisible();
  return label;
}
