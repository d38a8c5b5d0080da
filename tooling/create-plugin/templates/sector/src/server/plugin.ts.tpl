import { definePlugin } from '@gongkai/kernel';
import { KEY_SECTORS_PLUGIN_ID, sectorContributions } from '@gongkai/plugin-key-sectors/contracts';
import { PLUGIN_ID, PLUGIN_TITLE } from '../contracts';
import { sector } from './sector';

/**
 * The __TITLE__ sector package: a key sector contributed to key-sectors' `sectors` extension
 * point (plus the catalogue item type of each record type), built only from key-sectors'
 * contracts and the kernel. Key-sectors stores, publishes, searches and charts its records and
 * checks its disclosure requirements; this package adds no router and no database models.
 */
export const plugin = definePlugin({
  id: PLUGIN_ID,
  title: PLUGIN_TITLE,
  description: '由 pnpm create-plugin --template sector 生成的重点领域扩展包。',
  version: '0.1.0',
  requires: [KEY_SECTORS_PLUGIN_ID],
  permissions: { 'records.edit': '录入和发布本领域记录' },
  roles: { editor: { name: '信息员', permissions: ['records.edit'] } },
  // sectors.add(sector) and a catalogueItemTypes.add(...) per published record type.
  contributes: sectorContributions(PLUGIN_ID, sector),
});
