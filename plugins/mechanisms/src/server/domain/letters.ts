// 告知书: editable templates per outcome code (or letter kind), rendered with Mustache (values are
// HTML-escaped), wrapped in a printable A4 page. Templates are plain text; a blank line starts a
// new paragraph. Placeholders are Chinese so staff can edit them: {{申请人}} {{申请编号}} ….
import Mustache from 'mustache';
import { outcomes, type OutcomeCode, type OutcomeGroup } from '../../contracts/vocabulary';

export const letterKinds = ['correction', 'extension', 'fee', 'delay'] as const;
export type LetterKind = (typeof letterKinds)[number];
export type TemplateKey = OutcomeCode | `group:${OutcomeGroup}` | LetterKind;

export interface LetterTemplate { title: string; body: string }

/** Placeholders every template may use, with their meaning (shown in the template editor). */
export const placeholders: Record<string, string> = {
  申请人: '申请人姓名或名称', 申请编号: '申请编号', 收到申请日期: '收到申请之日', 申请内容: '所需信息的描述',
  机关名称: '答复机关', 答复日期: '出具日期', 办理结果: '办理结果', 理由: '理由', 法律依据: '法律依据',
  公开内容: '公开（或部分公开）的信息及获取方式', 负责机关: '负责公开该信息的机关名称', 负责机关联系方式: '负责机关的联系方式',
  补正事项: '需要补正的事项', 补正期限: '补正期限', 延长天数: '延长的工作日数', 新答复期限: '延长后的答复截止日',
  批准人: '批准延长的负责人', 收费金额: '信息处理费金额（元）', 收费说明: '收费计算说明', 缴费期限: '缴费截止日',
  延迟天数: '延迟答复的工作日数', 救济途径: '复议、诉讼权利告知（自动生成）',
};

const APPEAL = '如对本告知书不服，可以自收到本告知书之日起60日内依法申请行政复议，或者自收到本告知书之日起6个月内依法向人民法院提起行政诉讼。';

const head = '{{申请人}}：\n\n本机关于{{收到申请日期}}收到您（单位）提出的政府信息公开申请（编号：{{申请编号}}），申请获取“{{申请内容}}”。';
const tail = '\n\n{{救济途径}}\n\n{{机关名称}}\n{{答复日期}}';

const groupDefaults: Record<OutcomeGroup, LetterTemplate> = {
  disclose: { title: '政府信息公开申请答复告知书', body: `${head}经审查，现答复如下：\n\n您申请获取的政府信息属于公开范围，本机关予以公开。{{公开内容}}\n\n依据：{{法律依据}}。${tail}` },
  partial: { title: '政府信息部分公开告知书', body: `${head}经审查，现答复如下：\n\n您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理，本机关对可以公开的部分予以公开。{{公开内容}}\n\n不予公开部分的理由：{{理由}}\n\n依据：{{法律依据}}。${tail}` },
  withhold: { title: '政府信息不予公开告知书', body: `${head}经审查，现答复如下：\n\n{{办理结果}}。理由：{{理由}}\n\n依据：{{法律依据}}。${tail}` },
  unavailable: { title: '政府信息无法提供告知书', body: `${head}经审查，现答复如下：\n\n{{办理结果}}。{{理由}}\n\n依据：{{法律依据}}。${tail}` },
  'not-handled': { title: '政府信息公开申请不予处理告知书', body: `${head}经审查，现答复如下：\n\n{{办理结果}}。理由：{{理由}}\n\n依据：{{法律依据}}。${tail}` },
  other: { title: '政府信息公开申请办理结果告知书', body: `${head}\n\n{{办理结果}}。{{理由}}\n\n{{#法律依据}}依据：{{法律依据}}。{{/法律依据}}${tail}` },
};

const specific: Partial<Record<TemplateKey, LetterTemplate>> = {
  'unavailable.not-held': { title: '政府信息公开申请告知书（非本机关负责公开）', body: `${head}经审查，现答复如下：\n\n经检索，本机关不掌握您申请获取的政府信息。{{理由}}\n\n{{#负责机关}}该信息由{{负责机关}}负责公开，您可以向其提出申请。联系方式：{{负责机关联系方式}}。{{/负责机关}}\n\n依据：{{法律依据}}。${tail}` },
  correction: { title: '政府信息公开申请补正告知书', body: `${head}经审查，您的申请内容不明确，请于{{补正期限}}前补正以下事项：\n\n{{补正事项}}\n\n答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。\n\n{{机关名称}}\n{{答复日期}}` },
  extension: { title: '延长政府信息公开答复期限告知书', body: `${head}因{{理由}}，不能在规定期限内答复。经政府信息公开工作机构负责人（{{批准人}}）同意，答复期限延长{{延长天数}}个工作日，至{{新答复期限}}。\n\n依据：《中华人民共和国政府信息公开条例》第三十三条第二款。\n\n{{机关名称}}\n{{答复日期}}` },
  fee: { title: '政府信息公开信息处理费收费通知', body: `${head}根据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本次申请应缴纳信息处理费{{收费金额}}元。\n\n{{收费说明}}\n\n请于{{缴费期限}}前缴纳。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。\n\n{{机关名称}}\n{{答复日期}}` },
  delay: { title: '延迟答复告知书', body: `${head}您申请公开政府信息的数量、频次明显超过合理范围，经审查您说明的理由合理，本机关确定延迟答复的合理期限为{{延迟天数}}个工作日，至{{新答复期限}}。\n\n依据：《中华人民共和国政府信息公开条例》第三十五条。\n\n{{机关名称}}\n{{答复日期}}` },
};

/** The built-in template for a key: the code's own, else its group's. */
export function defaultTemplate(key: TemplateKey): LetterTemplate {
  const own = specific[key];
  if (own) return own;
  if (key.startsWith('group:')) return groupDefaults[key.slice(6) as OutcomeGroup];
  const info = outcomes[key as OutcomeCode];
  if (!info) throw new RangeError(`Unknown letter template ${key}`);
  return groupDefaults[info.group];
}

export function allTemplateKeys(): TemplateKey[] {
  return [...(Object.keys(outcomes) as OutcomeCode[]), ...letterKinds];
}

/** Checks a template parses and uses only known placeholders; returns the problem or null. */
export function validateTemplate(body: string): string | null {
  try {
    const tokens = Mustache.parse(body) as unknown[];
    const names = new Set<string>();
    const walk = (ts: unknown[]) => {
      for (const t of ts) {
        const tok = t as [string, string, number, number, unknown[]?];
        if (tok[0] === 'name' || tok[0] === '&' || tok[0] === '#' || tok[0] === '^') names.add(tok[1]);
        if (Array.isArray(tok[4])) walk(tok[4]);
      }
    };
    walk(tokens);
    const unknown = [...names].filter((n) => !(n in placeholders));
    return unknown.length ? `未知的占位符：${unknown.map((n) => `{{${n}}}`).join('、')}` : null;
  } catch (e) {
    return `模板语法错误：${(e as Error).message}`;
  }
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Renders the letter body to paragraphs of escaped HTML inside a printable page. */
export function renderLetter(t: LetterTemplate, values: Record<string, string | null | undefined>): string {
  const view: Record<string, string> = { 救济途径: APPEAL };
  for (const [k, v] of Object.entries(values)) if (v !== null && v !== undefined && v !== '') view[k] = v;
  // Mustache escapes every value; the template text itself is escaped line by line below.
  const text = Mustache.render(t.body, Object.fromEntries(Object.entries(view).map(([k, v]) => [k, v])), {}, { escape: (s: string) => `\u0000${esc(String(s))}\u0001` });
  const paragraphs = text.split(/\n{2,}/).map((p) => p.split('\n').map((line) => escapeOutsideValues(line)).join('<br>'));
  const body = paragraphs.map((p, i) => `<p class="${i === 0 ? 'salutation' : i >= paragraphs.length - 2 ? 'sign' : ''}">${p}</p>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(t.title)}</title>
<style>
@page { size: A4; margin: 2.5cm 2.2cm; }
body { font-family: "FangSong", "STFangsong", "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 1.8; color: #000; max-width: 17cm; margin: 2em auto; }
h1 { font-family: "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 22pt; text-align: center; font-weight: normal; margin-bottom: 1.5em; }
p { text-indent: 2em; margin: 0 0 0.6em; } p.salutation { text-indent: 0; } p.sign { text-align: right; text-indent: 0; }
@media print { body { margin: 0; } }
</style></head>
<body><h1>${esc(t.title)}</h1>
${body}
</body></html>`;
}

/** Escapes template text while leaving the already-escaped values (between \0 and \1) intact. */
// eslint-disable-next-line no-control-regex -- \0 and \1 are the delimiters this module itself puts around escaped values
const ESCAPED_VALUE = /(\u0000[^\u0001]*\u0001)/;

function escapeOutsideValues(line: string): string {
  return line.split(ESCAPED_VALUE).map((part) => (part.startsWith('\u0000') ? part.slice(1, -1) : esc(part))).join('');
}
