import { topicTree } from '@gongkai/kernel/contracts';

/** 主题分类 picker over the gov.cn tree: groups by top level, offers leaf categories only. */
export function TopicPicker({ id, value, onChange, error }: { id: string; value: string; onChange: (code: string) => void; error?: string }) {
  return (
    <div className={`gk-field${error ? ' gk-field-invalid' : ''}`}>
      <label htmlFor={id}>主题分类<span className="gk-required"><span aria-hidden="true">*</span></span></label>
      <p id={`${id}-hint`} className="gk-field-hint">须归入末级类目（gov.cn 主题分类表）</p>
      {error ? <p id={`${id}-error`} className="gk-field-error"><span className="gk-visually-hidden">错误：</span>{error}</p> : null}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}>
        <option value="" disabled>请选择主题分类</option>
        {topicTree.map((t) => (t.children && t.children.length > 0
          ? <optgroup key={t.code} label={t.name}>{t.children.map((c) => <option key={c.code} value={c.code}>{t.name} › {c.name}</option>)}</optgroup>
          : <option key={t.code} value={t.code}>{t.name}</option>))}
      </select>
    </div>
  );
}
