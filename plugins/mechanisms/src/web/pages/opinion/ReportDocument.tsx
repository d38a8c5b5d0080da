// A monitoring report generated on demand and shown with print and download (HTML file).
import { useId, useState } from 'react';
import { QueryState, skipToken, useApiQuery } from '@gongkai/ui';
import { api } from '../shared/api';
import { TextField } from '../shared/fields';
import { LetterViewer } from '../shared/LetterViewer';

export function WeeklyReport({ divisionCode, today }: { divisionCode: string; today: string | null }) {
  const id = useId();
  const [day, setDay] = useState('');
  const [asked, setAsked] = useState<string | null>(null);
  const report = useApiQuery(api.opinion.weeklyReport, asked ? { divisionCode, weekOf: asked } : skipToken);
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>舆情监测周报</h2>
      <form className="gk-toolbar" onSubmit={(e) => { e.preventDefault(); setAsked(day || today); }}>
        <TextField id={`${id}-d`} label="报告周（选择该周任意一天）" type="date" value={day || today || ''} onChange={setDay} max={today ?? undefined} />
        <div className="gk-form-actions"><button type="submit" className="gk-button-secondary">生成周报</button></div>
      </form>
      {asked ? <QueryState query={report} loading="正在生成…">{(doc) => <LetterViewer letter={doc} />}</QueryState> : null}
    </section>
  );
}

export function TopicReport({ topicId }: { topicId: string }) {
  const [open, setOpen] = useState(false);
  const report = useApiQuery(api.opinion.topicReport, open ? { id: topicId } : skipToken);
  return (
    <section aria-label="专题报告">
      {!open ? <button type="button" className="gk-button-secondary" onClick={() => setOpen(true)}>生成专题报告</button> : null}
      {open ? <QueryState query={report} loading="正在生成…">{(doc) => <LetterViewer letter={doc} heading="h2" />}</QueryState> : null}
    </section>
  );
}
