// The sector's pages are key-sectors' generic sector pages (/key-sectors/water-supply); this
// module only adds the portal entry.
import { defineWebPlugin } from '@gongkai/kernel/web';

export default defineWebPlugin({
  id: 'sector-water-supply',
  title: '城市供水信息公开',
  routes: [],
  nav: [{ to: '/key-sectors/water-supply', label: '城市供水', area: 'portal', group: '重点领域' }],
});
