import { defineWebPlugin } from '@gongkai/kernel/web';

export default defineWebPlugin({
  id: 'key-sectors',
  title: '重点领域信息公开',
  routes: [],
  nav: [],
});
