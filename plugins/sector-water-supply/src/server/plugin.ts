// 城市供水: a tenth key sector a city might add, installed like any plugin. It owns no tables and
// no router: key-sectors stores, validates, publishes, charts and checks its records.
import { definePlugin } from '@gongkai/kernel';
import { sectorContributions } from '@gongkai/plugin-key-sectors/contracts';
import { PLUGIN_ID } from '../contracts';
import { waterSupplySector } from './sector';

export const sectorWaterSupplyPlugin = definePlugin({
  id: PLUGIN_ID,
  title: '城市供水信息公开',
  description: '供水水质检测报告、供水价格和停水通知（重点领域扩展）。',
  version: '0.1.0',
  requires: ['key-sectors'],
  permissions: { 'records.edit': '录入、导入、发布和撤回“城市供水”领域记录' },
  roles: { editor: { name: '城市供水信息员', permissions: ['records.edit', 'key-sectors.records.read'] } },
  contributes: sectorContributions(PLUGIN_ID, waterSupplySector),
});
