// The sector and record type a console page works on, kept in the URL (?s=…&t=…).
import { useSearchParams } from 'react-router';
import { useApiQuery } from '@gongkai/ui';
import { ks, useDivisionCode } from '../api';

export function useSectorChoice() {
  const code = useDivisionCode();
  const [params, setParams] = useSearchParams();
  const sectors = useApiQuery(ks.sectors.list, { divisionCode: code });
  const sector = sectors.data?.find((s) => s.id === params.get('s')) ?? sectors.data?.[0];
  const type = sector?.recordTypes.find((r) => r.id === params.get('t')) ?? sector?.recordTypes[0];
  const choose = (s: string, t?: string) => {
    const next = new URLSearchParams(params);
    next.set('s', s);
    if (t) next.set('t', t); else next.delete('t');
    next.delete('p');
    setParams(next);
  };
  return { code, sectors, sector, type, choose, params, setParams };
}
