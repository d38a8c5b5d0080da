import { usePageTitle } from '@gongkai/ui';

export function NotEnabled() {
  usePageTitle('功能未启用');
  return (
    <>
      <h1>该功能在当前地区未启用</h1>
      <p>您访问的功能没有在所选地区开通。请切换到其他地区，或返回首页。</p>
    </>
  );
}
