import { useId } from 'react';
import { Form } from 'react-router';
import { DIVISION_PARAM } from '@gongkai/ui';

/** The catalogue search form; a plain GET form, so it also works before scripts load. */
export function SearchBox({ q = '', portalDivision, filterDivision, label = '检索政府信息公开目录' }: { q?: string; portalDivision: string | null; filterDivision?: string | null; label?: string }) {
  const id = useId();
  return (
    <Form method="get" action="/search" role="search" className="gk-search-box" aria-label={label}>
      <label htmlFor={id}>{label}</label>
      <div className="gk-search-row">
        <input id={id} name="q" type="search" defaultValue={q} maxLength={100} placeholder="输入关键词，如：政府工作报告" autoComplete="off" />
        <button type="submit" className="gk-button">检索</button>
      </div>
      {filterDivision ? <input type="hidden" name="division" value={filterDivision} /> : null}
      {portalDivision ? <input type="hidden" name={DIVISION_PARAM} value={portalDivision} /> : null}
    </Form>
  );
}
