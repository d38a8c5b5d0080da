// The key-sectors plugin: owns the `sectors` extension point, contributes the nine sectors of the
// work plan through it, and serves every sector's records, imports, charts and compliance.
import { definePlugin } from '@gongkai/kernel';
import { catalogueItemTypes } from '@gongkai/kernel/contracts';
import { keySectorsSettings, recordItemType, sectorContributions, sectors } from '../contracts';
import { builtinSectors } from './sectors';
import { sectorCatalog } from './sector-catalog';
import { complianceMetrics } from './compliance/metrics';

const sectorPermissions = Object.fromEntries(builtinSectors.map((s) => [`${s.id}.edit`, `录入、导入、发布和撤回“${s.label}”领域记录`]));
const sectorRoles = Object.fromEntries(builtinSectors.map((s) => [`${s.id}-editor`, { name: `${s.label}信息员`, permissions: ['records.read', `${s.id}.edit`] }]));

export const keySectorsPlugin = definePlugin({
  id: 'key-sectors',
  title: '重点领域信息公开',
  description: '行政审批、财政预决算和“三公”经费、保障性住房、食品药品安全、环境保护、安全生产、价格和收费、征地拆迁、公共企事业单位等重点领域信息的录入、公开、查询与合规监测。',
  version: '0.1.0',
  settings: keySectorsSettings,
  permissions: {
    'records.read': '查看重点领域记录（含草稿）',
    'records.edit': '录入、导入、发布和撤回全部重点领域记录',
    'compliance.read': '查看重点领域公开合规矩阵',
    ...sectorPermissions,
  },
  roles: {
    editor: { name: '重点领域信息员（全部领域）', permissions: ['records.read', 'records.edit', 'compliance.read'] },
    supervisor: { name: '重点领域监督员', permissions: ['records.read', 'compliance.read'] },
    ...sectorRoles,
  },
  provides: [sectors],
  contributes: [...builtinSectors.flatMap((s) => sectorContributions('key-sectors', s)), ...complianceMetrics(builtinSectors)],
  router: () => import('./router').then((m) => m.keySectorsRouter),
  init(ctx) {
    // Every sector (ours and outside ones) must have a catalogue item type per published record type.
    const types = new Set(ctx.kernel.registry.list(catalogueItemTypes).map((t) => t.type));
    for (const { def, pluginId } of sectorCatalog(ctx.kernel.registry).all()) {
      for (const rt of def.recordTypes) {
        const type = recordItemType(pluginId, def.id, rt.id);
        if (rt.catalogue !== false && !types.has(type)) {
          throw new Error(`Sector "${def.id}" of plugin "${pluginId}" publishes "${rt.id}" records but contributes no catalogue item type "${type}": contribute sectorContributions('${pluginId}', sector) instead of sectors.add(sector) alone.`);
        }
      }
      if (pluginId !== 'key-sectors' && !(ctx.kernel.registry.get(pluginId)?.requires ?? []).includes('key-sectors')) {
        throw new Error(`Plugin "${pluginId}" contributes sector "${def.id}" but does not declare requires: ['key-sectors']`);
      }
    }
  },
});
