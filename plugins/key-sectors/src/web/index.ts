// The key-sectors web module: portal pages per sector, record pages with charts, the land query
// and the blacklist search; console record entry (forms from the zod schemas), import and the
// compliance matrix.
import { defineWebPlugin } from '@gongkai/kernel/web';

export default defineWebPlugin({
  id: 'key-sectors',
  title: '重点领域信息公开',
  routes: [
    { area: 'portal', path: 'key-sectors', load: () => import('./portal/SectorsIndexPage') },
    { area: 'portal', path: 'key-sectors/land/query', load: () => import('./portal/LandQueryPage') },
    { area: 'portal', path: 'key-sectors/food-drug/blacklist', load: () => import('./portal/BlacklistPage') },
    { area: 'portal', path: 'key-sectors/:sector', load: () => import('./portal/SectorPage') },
    { area: 'portal', path: 'key-sectors/:sector/records/:id', load: () => import('./portal/RecordPage') },
    { area: 'console', path: 'key-sectors', load: () => import('./console/RecordsPage') },
    { area: 'console', path: 'key-sectors/import', load: () => import('./console/ImportPage') },
    { area: 'console', path: 'key-sectors/compliance', load: () => import('./console/CompliancePage') },
    { area: 'console', path: 'key-sectors/:sector/:recordType/new', load: () => import('./console/EditRecordPage') },
    { area: 'console', path: 'key-sectors/records/:id/edit', load: () => import('./console/EditRecordPage') },
  ],
  nav: [
    { area: 'portal', to: '/key-sectors', label: '重点领域' },
    { area: 'portal', to: '/key-sectors/land/query', label: '征地信息查询', group: '重点领域' },
    { area: 'portal', to: '/key-sectors/food-drug/blacklist', label: '黑名单查询', group: '重点领域' },
    { area: 'console', to: '/console/key-sectors', label: '重点领域记录', group: '重点领域' },
    { area: 'console', to: '/console/key-sectors/import', label: '批量导入', group: '重点领域' },
    { area: 'console', to: '/console/key-sectors/compliance', label: '公开合规矩阵', group: '重点领域' },
  ],
});
