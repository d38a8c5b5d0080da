// Naming rules shared by the generator and its checks. They mirror the kernel's own
// (packages/kernel/src/plugins/define-plugin.ts): an id is kebab-case, its tRPC namespace is the
// camelCase form, and that namespace must not shadow a kernel router.

export const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 40;
export const MAX_TITLE_LENGTH = 30;

/** Root routers the kernel mounts (now or by design); a plugin's camelCase id may not be one. */
export const KERNEL_ROUTERS = Object.freeze([
  'auth', 'divisions', 'organizations', 'users', 'roles', 'permissions', 'sessions', 'apiTokens',
  'plugins', 'audit', 'catalogue', 'calendar', 'metrics',
]);

/** Words a plugin id may not be because they prefix kernel names (permissions, jobs, routers). */
const RESERVED_IDS = Object.freeze(['kernel', 'gongkai', 'files', 'events', 'jobs', 'health']);

/** @param {string} id */
export function camelCase(id) {
  return id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}

/** @param {string} id */
export function pascalCase(id) {
  const c = camelCase(id);
  return c.charAt(0).toUpperCase() + c.slice(1);
}

/**
 * Problems with a proposed plugin id, in Chinese for the console user; empty when it is valid.
 * @param {string} id
 * @param {{ existing?: (id: string) => boolean }} [opts]
 * @returns {string[]}
 */
export function idProblems(id, opts = {}) {
  if (typeof id !== 'string' || id.length === 0) return ['缺少插件标识（id），例如：pnpm create-plugin water-supply'];
  const problems = [];
  if (!ID_PATTERN.test(id)) problems.push(`插件标识“${id}”须为小写 kebab-case：以字母开头，只含小写字母、数字和单个连字符，例如 water-supply`);
  if (id.length > MAX_ID_LENGTH) problems.push(`插件标识不能超过 ${MAX_ID_LENGTH} 个字符`);
  if (KERNEL_ROUTERS.includes(camelCase(id))) problems.push(`插件标识“${id}”与内核路由“${camelCase(id)}”冲突，请换一个`);
  if (RESERVED_IDS.includes(id)) problems.push(`插件标识“${id}”为内核保留字，请换一个`);
  if (problems.length === 0 && opts.existing?.(id)) problems.push(`plugins/${id} 已存在，请换一个标识或先删除该目录`);
  return problems;
}

/**
 * Problems with a Chinese title; empty when valid.
 * @param {string} title
 * @returns {string[]}
 */
export function titleProblems(title) {
  if (typeof title !== 'string' || title.trim().length === 0) return ['名称（--title）不能为空'];
  const problems = [];
  if (title.length > MAX_TITLE_LENGTH) problems.push(`名称（--title）不能超过 ${MAX_TITLE_LENGTH} 个字`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f<>{}`$\\]/.test(title)) problems.push('名称（--title）不能包含换行、尖括号、花括号、反引号、$ 或反斜杠');
  return problems;
}
