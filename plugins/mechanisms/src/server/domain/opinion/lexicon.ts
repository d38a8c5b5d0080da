// The sentiment lexicon for government-affairs opinion texts (政务舆情). Written for this project:
// the structure follows HowNet's 情感分析用词语集 (positive and negative evaluation words, degree
// adverbs in graded levels, negators), but the words and weights were chosen here for what people
// write about public services (complaints, emergencies, praise of handling). No third-party word
// list was copied, so there is no licence question; see the package README for the rationale.
// Weights: ±2 strong (伤亡, 腐败, 点赞), ±1 ordinary, ±0.5 weak (回应, 质疑); negative words carry a minus.

const entries = (weight: number, words: string): [string, number][] => words.trim().split(/\s+/).map((w) => [w, weight]);

export const sentimentWords: ReadonlyMap<string, number> = new Map([
  // Positive: satisfaction, praise, effective handling, benefit.
  ...entries(2, '点赞 称赞 赞扬 表扬 好评 满意 感谢 拍手称快 大快人心 惠民 暖心 感动 赞不绝口 交口称赞 深受欢迎'),
  ...entries(1, `
    支持 认可 肯定 欢迎 及时 高效 便民 便捷 方便 顺利 改善 提升 优化 解决 落实 妥善 有序 规范 公开 透明 公正 公平
    安全 平稳 稳定 放心 保障 到位 周到 热情 耐心 细致 负责 专业 清晰 明确 积极 主动 有力 迅速 快速 恢复 修复 完善
    好 优秀 良好 不错 值得 受益 实惠 舒适 干净 整洁 畅通 达标 合格 合规 依法 守法 廉洁 诚信 严谨 给力 靠谱 温暖 贴心
    救援 救治 脱险 获救 化解 澄清 辟谣 整改 查处 问责 追责 纠正 退还 补偿 赔偿 兑现 振兴 发展 繁荣
  `),
  ...entries(0.5, '回应 答复 处理 关注 重视 部署 推进 加强'),
  // Negative: harm, wrongdoing, poor service, complaint, distrust.
  ...entries(-2, `
    死亡 身亡 遇难 伤亡 爆炸 坍塌 塌陷 泄漏 中毒 火灾 溃坝 腐败 贪污 受贿 行贿 瞒报 谎报 造假 欺诈 诈骗 殴打 暴力
    草菅人命 怨声载道 民怨沸腾 触目惊心 愤怒 愤慨 无人管 无人问津 置之不理 不作为 乱作为 乱收费 霸王条款 黑幕 侵吞 挪用
  `),
  ...entries(-1, `
    投诉 举报 不满 抱怨 质问 维权 上访 信访 曝光 失望 无奈 担忧 担心 恐慌 焦虑 害怕 气愤 生气 心寒 寒心 委屈 冤枉
    推诿 扯皮 敷衍 拖延 拖欠 欠薪 刁难 冷漠 粗暴 蛮横 傲慢 低下 缓慢 混乱 拥堵 堵塞 积水 漏水 停水 停电 停暖 断供 恶臭
    污染 超标 排污 噪音 扰民 违规 违法 违章 违建 非法 侵权 侵占 克扣 强拆 强征 垄断 涨价 哄抬 虚假 隐瞒 欺骗 糊弄
    事故 受伤 伤害 损失 隐患 风险 危险 纠纷 冲突 矛盾 滞留 被困 失踪 短缺 紧缺 困难 艰难 差 糟糕 恶劣 欠妥
    不热 不暖 不公 不公平 不合理 不透明 不规范 不达标 不合格 不安全 不到位 不及时 坑人 黑心 假冒 伪劣 变质 过期 霉变 脏 乱 差劲
  `),
  ...entries(-0.5, '质疑 疑问 争议 吐槽 求助 呼吁 迟迟 久拖 不便 麻烦 负担'),
]);

/** Words that turn the polarity of the next sentiment word in their clause. */
export const negators: ReadonlySet<string> = new Set([
  '不', '没', '没有', '未', '无', '非', '别', '莫', '勿', '毫无', '并非', '并不', '并未', '不是', '从未', '从不', '尚未', '未能',
  '不能', '无法', '不会', '不曾', '绝非', '决不', '绝不', '拒不', '不够', '缺乏', '难以',
]);

/** Degree adverbs and their multipliers (HowNet's six grades collapsed to five). */
export const degreeWords: ReadonlyMap<string, number> = new Map([
  ...entries(2, '极其 极为 极度 极 最 最为 万分 无比 十分 非常 特别 格外 异常 太 过于 严重'),
  ...entries(1.5, '很 挺 相当 颇 好生 尤其 更加 越发 愈发 更'),
  ...entries(1.2, '比较 较 较为 还 蛮'),
  ...entries(0.8, '稍 稍微 有点 有些 略 略微 一点 些许'),
  ...entries(0.5, '欠'),
]);

/** Conjunctions after which the clause carries the writer's real view (转折): weighted up. */
export const contrastWords: ReadonlySet<string> = new Set(['但', '但是', '可是', '却', '然而', '不过', '只是']);

export const clauseBreak = /^[，,。.！!？?；;：:、\n\r…~～]+$/u;
