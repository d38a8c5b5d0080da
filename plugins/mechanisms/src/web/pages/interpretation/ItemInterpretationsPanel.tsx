// Slot 'portal.item.panels': the interpretations of the catalogue item being shown.
import { Link } from 'react-router';
import type { SlotProps } from '@gongkai/kernel/web';
import { useApiQuery, useDivision } from '@gongkai/ui';
import { api } from '../shared/api';
import { cnDate } from '../shared/dates';

export default function ItemInterpretationsPanel({ itemId, itemType }: SlotProps['portal.item.panels']) {
  const { withDivision } = useDivision();
  const q = useApiQuery(api.interpretation.published, { policyItemId: itemId, pageSize: 20 }, { enabled: itemType !== 'mechanisms.interpretation', retry: false });
  if (!q.data || q.data.items.length === 0) return null;
  return (
    <section aria-labelledby={`interpretations-${itemId}`} className="gk-section">
      <h2 id={`interpretations-${itemId}`}>政策解读</h2>
      <ul>
        {q.data.items.map((r) => (
          <li key={r.id}>
            <Link to={withDivision(`/interpretations/${r.id}`)}>{r.title}</Link>（{r.formLabel}，{r.organizationName}{r.experts.length ? `，专家：${r.experts.map((x) => x.name).join('、')}` : ''}{r.publishedOn ? `，${cnDate(r.publishedOn)}` : ''}）
          </li>
        ))}
      </ul>
    </section>
  );
}
