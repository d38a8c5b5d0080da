// Command-line parsing for `pnpm create-plugin <id> [options]`.
import { parseArgs } from 'node:util';

export const USAGE = `用法：pnpm create-plugin <id> [选项]

  <id>                    插件标识，小写 kebab-case（例如 water-supply；行业模板须以 sector- 开头）
  --title <中文名称>      控制台中显示的名称（默认：“<id> 插件”）
  --template basic|sector basic：普通插件（默认）；sector：为重点领域（key-sectors）增加一个领域
  --install               同时把插件加入 apps/server 与 apps/web 的已安装列表（可重复执行；
                          plugins/<id> 已存在时只做这一步）
  --no-install            不运行 pnpm install（可与 --install 同用）
  -h, --help              显示本帮助`;

export const TEMPLATES = Object.freeze(['basic', 'sector']);

/**
 * @typedef {{ id: string, title: string, template: 'basic' | 'sector', install: boolean, runInstall: boolean, help: boolean }} Options
 */

/**
 * @param {string[]} argv arguments after the script name
 * @returns {{ options?: Options, errors: string[] }}
 */
export function parseCommandLine(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        title: { type: 'string' },
        template: { type: 'string', default: 'basic' },
        install: { type: 'boolean', default: false },
        'no-install': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    return { errors: [err instanceof Error ? err.message : String(err)] };
  }
  const { values, positionals } = parsed;
  const errors = [];
  if (positionals.length > 1) errors.push(`只能给出一个插件标识，收到：${positionals.join(' ')}`);
  const template = values.template ?? 'basic';
  if (!TEMPLATES.includes(template)) errors.push(`未知模板“${template}”，可选：${TEMPLATES.join('、')}`);
  const id = positionals[0] ?? '';
  const options = {
    id,
    title: values.title ?? `${id} 插件`,
    template: /** @type {'basic' | 'sector'} */ (template),
    install: values.install ?? false,
    runInstall: !(values['no-install'] ?? false),
    help: values.help ?? false,
  };
  return { options, errors };
}
