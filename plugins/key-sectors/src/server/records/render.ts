// Plain-text rendering of a record's fields with their Chinese labels: the catalogue item's body
// (so the portal's full-text search finds the figures) when a record type gives no body of its own.
import { topLevelFields, type JsonSchemaNode, type RecordTypeDefinition } from '../../contracts';

function scalar(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? '是' : '否';
  return String(v);
}

function renderValue(node: JsonSchemaNode, v: unknown, indent: string): string[] {
  if (Array.isArray(v)) {
    const item = node.items;
    return v.flatMap((x, i) => {
      if (x && typeof x === 'object' && item?.properties) {
        const cells = Object.entries(item.properties).map(([k, n]) => `${n.description ?? k}：${scalar((x as Record<string, unknown>)[k])}`);
        return [`${indent}${i + 1}. ${cells.join('；')}`];
      }
      return [`${indent}${i + 1}. ${scalar(x)}`];
    });
  }
  if (v && typeof v === 'object' && node.properties) {
    return Object.entries(node.properties).map(([k, n]) => `${indent}${n.description ?? k}：${scalar((v as Record<string, unknown>)[k])}`);
  }
  return [`${indent}${scalar(v)}`];
}

export function renderRecordText(rt: RecordTypeDefinition<unknown>, data: unknown): string {
  const lines: string[] = [];
  const obj = (data ?? {}) as Record<string, unknown>;
  for (const f of topLevelFields(rt.schema)) {
    const v = obj[f.key];
    if (v === undefined) continue;
    if ((Array.isArray(v) || (v && typeof v === 'object'))) {
      lines.push(`${f.label}：`, ...renderValue(f.node, v, '  '));
    } else {
      lines.push(`${f.label}：${scalar(v)}`);
    }
  }
  return lines.join('\n');
}
