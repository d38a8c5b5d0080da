// Monitoring reports (舆情监测报告) as self-contained printable HTML: weekly and per topic.
import { sentimentLabels, taskKindLabels, taskStatusLabels, warningLevelLabels, warningStatusLabels, type SentimentLabel, type TaskKind, type WarningLevel } from '../../../contracts/opinion';

export const esc = (s: string | number | null | undefined): string =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** 'YYYY-MM-DD HH:mm' in China time. */
export const chinaTime = (d: Date): string => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

export interface ReportTopic { id: string; title: string; keywords: string[]; itemCount: number; interactions: number; heat: number; sentiment: number; level: WarningLevel | null }
export interface ReportTask { organizationName: string; kind: TaskKind; dueAt: Date; status: keyof typeof taskStatusLabels; answeredAt: Date | null; onTime: boolean | null; overdue: boolean; answerNote: string | null }
export interface ReportWarning { topicTitle: string; level: WarningLevel; heat: number; majorEmergency: boolean; raisedAt: Date; status: keyof typeof warningStatusLabels; tasks: ReportTask[] }
export interface ReportItem { title: string; sourceName: string; publishedAt: Date; sentimentLabel: SentimentLabel; sentiment: number; interactions: number; url: string | null }

export interface WeeklyReport {
  divisionName: string; from: string; to: string; generatedAt: Date;
  totals: { items: number; negative: number; neutral: number; positive: number; newTopics: number; warnings: number };
  bySource: { name: string; count: number }[];
  topics: ReportTopic[];
  warnings: ReportWarning[];
  negativeItems: ReportItem[];
}

export interface TopicReport {
  divisionName: string; generatedAt: Date;
  topic: ReportTopic & { firstSeenAt: Date; lastSeenAt: Date; status: string; heatTerms: Record<string, number>; organizations: string[] };
  daily: { day: string; count: number }[];
  sentiment: { negative: number; neutral: number; positive: number };
  warnings: ReportWarning[];
  items: ReportItem[];
}

const style = `
  body { font-family: "Noto Serif CJK SC", "Songti SC", SimSun, serif; color: #111; max-width: 180mm; margin: 12mm auto; line-height: 1.6; }
  h1 { font-size: 20pt; text-align: center; margin: 0 0 4mm; }
  h2 { font-size: 14pt; border-bottom: 1px solid #444; margin-top: 8mm; }
  .meta { text-align: center; color: #333; }
  table { width: 100%; border-collapse: collapse; margin: 3mm 0; font-size: 10.5pt; }
  th, td { border: 1px solid #666; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
  th { background: #eee; }
  .num { text-align: right; }
  .red { color: #b00; } .orange { color: #b45309; } .yellow { color: #7a6400; } .blue { color: #1d4ed8; }
  @media print { body { margin: 0 auto; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

const page = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${style}</style></head><body>${body}</body></html>`;

const level = (l: WarningLevel | null) => (l ? `<span class="${l}">${esc(warningLevelLabels[l])}</span>` : '未达预警');
const pct = (n: number, d: number) => (d === 0 ? '—' : `${Math.round((n / d) * 1000) / 10}%`);

function topicsTable(topics: ReportTopic[]): string {
  if (topics.length === 0) return '<p>本期无舆情专题。</p>';
  const rows = topics.map((t, i) => `<tr><td class="num">${i + 1}</td><td>${esc(t.title)}</td><td>${esc(t.keywords.slice(0, 6).join('、'))}</td><td class="num">${t.itemCount}</td><td class="num">${t.interactions}</td><td class="num">${t.heat.toFixed(2)}</td><td class="num">${t.sentiment.toFixed(2)}</td><td>${level(t.level)}</td></tr>`);
  return `<table><thead><tr><th>序号</th><th>专题</th><th>关键词</th><th>信息量</th><th>互动量</th><th>热度</th><th>情感倾向</th><th>预警级别</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function warningsSection(warnings: ReportWarning[]): string {
  if (warnings.length === 0) return '<p>本期未发布预警。</p>';
  return warnings.map((w) => {
    const tasks = w.tasks.map((t) => {
      const state = t.status === 'answered' ? (t.onTime ? '按时回应' : '逾期回应') : t.overdue ? '已逾期未回应' : esc(taskStatusLabels[t.status]);
      return `<tr><td>${esc(t.organizationName)}</td><td>${esc(taskKindLabels[t.kind])}</td><td>${chinaTime(t.dueAt)}</td><td>${t.answeredAt ? chinaTime(t.answeredAt) : '—'}</td><td>${state}</td><td>${esc(t.answerNote ?? '')}</td></tr>`;
    });
    const head = `<p><strong>${esc(w.topicTitle)}</strong>：${level(w.level)}，热度 ${w.heat.toFixed(2)}，${w.majorEmergency ? '按重大突发事件舆情处置，' : ''}发布于 ${chinaTime(w.raisedAt)}，状态：${esc(warningStatusLabels[w.status])}。</p>`;
    return head + (tasks.length ? `<table><thead><tr><th>责任单位</th><th>回应要求</th><th>时限</th><th>回应时间</th><th>结果</th><th>回应情况</th></tr></thead><tbody>${tasks.join('')}</tbody></table>` : '<p>尚未指定责任单位。</p>');
  }).join('');
}

function itemsTable(items: ReportItem[]): string {
  if (items.length === 0) return '<p>无。</p>';
  const rows = items.map((i) => `<tr><td>${chinaTime(i.publishedAt)}</td><td>${esc(i.sourceName)}</td><td>${i.url ? `<a href="${esc(i.url)}">${esc(i.title)}</a>` : esc(i.title)}</td><td>${esc(sentimentLabels[i.sentimentLabel])}（${i.sentiment.toFixed(2)}）</td><td class="num">${i.interactions}</td></tr>`);
  return `<table><thead><tr><th>时间</th><th>来源</th><th>标题</th><th>情感</th><th>互动量</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function taskStats(warnings: ReportWarning[]): string {
  const tasks = warnings.flatMap((w) => w.tasks);
  const answered = tasks.filter((t) => t.status === 'answered');
  const onTime = answered.filter((t) => t.onTime).length;
  const overdueOpen = tasks.filter((t) => t.status === 'open' && t.overdue).length;
  return `<p>回应任务 ${tasks.length} 项，已回应 ${answered.length} 项，其中按时回应 ${onTime} 项（按时率 ${pct(onTime, answered.length)}），逾期未回应 ${overdueOpen} 项。</p>`;
}

export function renderWeeklyReport(r: WeeklyReport): string {
  const t = r.totals;
  const title = `${r.divisionName}舆情监测周报（${r.from}至${r.to}）`;
  const sources = r.bySource.length ? r.bySource.map((s) => `${esc(s.name)} ${s.count} 条`).join('，') : '无';
  return page(title, `
    <h1>${esc(title)}</h1>
    <p class="meta">生成时间：${chinaTime(r.generatedAt)}</p>
    <h2>一、总体情况</h2>
    <p>本周共监测到舆情信息 ${t.items} 条，其中负面 ${t.negative} 条（${pct(t.negative, t.items)}）、中性 ${t.neutral} 条、正面 ${t.positive} 条；新增舆情专题 ${t.newTopics} 个，发布预警 ${t.warnings} 次。</p>
    <p>信息来源：${sources}。</p>
    <h2>二、热点专题</h2>${topicsTable(r.topics)}
    <h2>三、预警与回应</h2>${taskStats(r.warnings)}${warningsSection(r.warnings)}
    <h2>四、重点负面信息</h2>${itemsTable(r.negativeItems)}
    <h2>五、说明</h2>
    <p>热度 = Σ 权重 × ln(1 + 指标)，指标为信息量、互动量（转发、评论、点赞）、来源权重和增长率；情感倾向由情感词典计算，取值 −1 至 1，负值为负面。</p>
  `);
}

export function renderTopicReport(r: TopicReport): string {
  const t = r.topic;
  const title = `舆情专题报告：${t.title}`;
  const terms = t.heatTerms;
  const daily = r.daily.length ? `<table><thead><tr><th>日期</th><th>信息量</th></tr></thead><tbody>${r.daily.map((d) => `<tr><td>${esc(d.day)}</td><td class="num">${d.count}</td></tr>`).join('')}</tbody></table>` : '<p>无。</p>';
  return page(title, `
    <h1>${esc(title)}</h1>
    <p class="meta">${esc(r.divisionName)} · 生成时间：${chinaTime(r.generatedAt)}</p>
    <h2>一、基本情况</h2>
    <table><tbody>
      <tr><th>首次发现</th><td>${chinaTime(t.firstSeenAt)}</td><th>最近更新</th><td>${chinaTime(t.lastSeenAt)}</td></tr>
      <tr><th>信息量</th><td>${t.itemCount}</td><th>互动量</th><td>${t.interactions}</td></tr>
      <tr><th>热度</th><td>${t.heat.toFixed(2)}（声量 ${terms.volume ?? 0}，互动 ${terms.interaction ?? 0}，来源 ${terms.source ?? 0}，增长 ${terms.growth ?? 0}）</td><th>预警级别</th><td>${level(t.level)}</td></tr>
      <tr><th>情感倾向</th><td>${t.sentiment.toFixed(2)}（负面 ${r.sentiment.negative}，中性 ${r.sentiment.neutral}，正面 ${r.sentiment.positive}）</td><th>状态</th><td>${t.status === 'open' ? '跟踪中' : '已关闭'}</td></tr>
      <tr><th>关键词</th><td colspan="3">${esc(t.keywords.join('、'))}</td></tr>
      <tr><th>责任单位</th><td colspan="3">${esc(t.organizations.join('、') || '未指定')}</td></tr>
    </tbody></table>
    <h2>二、传播趋势</h2>${daily}
    <h2>三、预警与回应</h2>${taskStats(r.warnings)}${warningsSection(r.warnings)}
    <h2>四、信息列表</h2>${itemsTable(r.items)}
  `);
}
