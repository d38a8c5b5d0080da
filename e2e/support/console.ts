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
