import { useState } from 'react';
import { QueryState, useApiQuery } from '@gongkai/ui';
import { api } from '../../shared/api';
import { cnDate } from '../../shared/dates';
import { LetterViewer } from '../../shared/LetterViewer';
import type { Case } from './types';

const kindLabels: Record<string, string> = { reply: '答复告知书', correction: '补正告知书', extension: '延期告知书', fee: '收费通知', delay: '延迟答复告知书' };

function Letter({ letterId }: { letterId: string }) {
  const letter = useApiQuery(api.requests.letter, { letterId });
  return <QueryState query={letter}>{(l) => <LetterViewer letter={l} />}</QueryState>;
}

/** Letters issued on the case (frozen when issued): view, print, download. */
export function LettersPanel({ c }: { c: Case }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section aria-labelledby="case-letters">
      <h2 id="case-letters">告知书</h2>
      {c.letters.length === 0 ? <p>尚未出具告知书。</p> : (
        <ul>
          {c.letters.map((l) => (
            <li key={l.id}>
              {kindLabels[l.kind] ?? l.kind}：{l.title}（{cnDate(l.issuedOn)}）{' '}
              <button type="button" className="gk-button-link" aria-expanded={open === l.id} onClick={() => setOpen(open === l.id ? null : l.id)}>
                {open === l.id ? '收起' : '查看、打印或下载'}<span className="gk-visually-hidden">{l.title}</span>
              </button>
              {open === l.id ? <Letter letterId={l.id} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
