import { useId } from 'react';
import type { SectorInfo } from '../api';

export function SectorPicker({ sectors, sector, type, choose }: { sectors: SectorInfo[]; sector?: SectorInfo; type?: SectorInfo['recordTypes'][number]; choose: (s: string, t?: string) => void }) {
  const id = useId();
  return (
    <div className="gk-toolbar">
      <div className="gk-field"><label htmlFor={`${id}-s`}>重点领域</label>
        <select id={`${id}-s`} value={sector?.id ?? ''} onChange={(e) => choose(e.target.value)}>
          {sectors.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
        </select>
      </div>
      <div className="gk-field"><label htmlFor={`${id}-t`}>记录类型</label>
        <select id={`${id}-t`} value={type?.id ?? ''} onChange={(e) => sector && choose(sector.id, e.target.value)}>
          {(sector?.recordTypes ?? []).map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}
        </select>
      </div>
    </div>
  );
}
