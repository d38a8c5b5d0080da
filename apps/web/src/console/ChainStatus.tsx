import type { Outputs } from '../api';

type Verify = Outputs['audit']['verify'];

const kindLabel = { altered: '被篡改', missing: '缺失', checkpoint: '与校验点不符' } as const;

/** The audit chain verification result, stated plainly: 完整, or which record is wrong. */
export function ChainStatus({ result }: { result: Verify }) {
  if (result.intact) {
    return (
      <div className="gk-chain-ok" role="status" data-testid="audit-chain-status">
        审计日志完整：已校验 {result.checked} 条记录，哈希链无断裂、无篡改。
      </div>
    );
  }
  const p = result.problem;
  return (
    <div className="gk-chain-bad" role="alert" data-testid="audit-chain-status">
      审计日志不完整：第 {p?.seq ?? '?'} 条{p ? kindLabel[p.kind] : '异常'}。
      {p?.message ? <p>{p.message}</p> : null}
      <p>已校验 {result.checked} 条记录。请立即报告安全管理员，并保留现场。</p>
    </div>
  );
}
