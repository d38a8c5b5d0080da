// fixture-bad-point: contributes to an extension point nobody declares; booting must fail.
import { definePlugin } from '@gongkai/kernel';
import { createExtensionPoint } from '@gongkai/kernel/contracts';

const undeclared = createExtensionPoint<{ id: string }>('fixture-nowhere.things');

export const badPointPlugin = definePlugin({
  id: 'fixture-bad-point',
  title: '错误扩展点测试模块',
  contributes: [undeclared.add({ id: 'fixture-bad-point.thing' })],
});

export default badPointPlugin;
