import { Link, Outlet, useNavigate } from 'react-router';
import { DivisionProvider, DivisionSwitcher, PortalLayout, useApiMutation, useDivision, type NavItem } from '@gongkai/ui';
import { api } from '../api';
import { installedWebPlugins } from '../plugins';
import { PluginsProvider } from '../plugin-host/PluginsProvider';
import { useComposition } from '../plugin-host/context';
import { useMe } from '../session/session';
import { footerConfig, rootDivision, siteName } from '../site-config';

function Account() {
  const me = useMe();
  const navigate = useNavigate();
  const logout = useApiMutation(api.auth.logout, { onSuccess: () => navigate('/') });
  if (me.data?.kind === 'public') {
    return (
      <>
        <Link to="/account">{me.data.displayName}</Link>
        <button type="button" className="gk-button-link" onClick={() => logout.mutate()} disabled={logout.isPending}>退出</button>
      </>
    );
  }
  if (me.data?.kind === 'staff') return <Link to="/console">管理后台</Link>;
  return <><Link to="/login">登录</Link><Link to="/register">注册</Link></>;
}

function Frame() {
  const { code, setCode, withDivision } = useDivision();
  const { nav: pluginNav } = useComposition();
  const nav: NavItem[] = [
    { to: withDivision('/'), label: '首页', end: true },
    { to: withDivision('/search'), label: '信息公开目录' },
    ...pluginNav.filter((n) => n.area === 'portal').map((n) => ({ to: withDivision(n.to), label: n.label })),
    { to: withDivision('/guide'), label: '信息公开指南' },
    { to: withDivision('/open-data'), label: '开放数据' },
  ];
  return (
    <PortalLayout
      siteName={siteName}
      homeHref={withDivision('/')}
      nav={nav}
      footer={footerConfig}
      account={<Account />}
      divisionSwitcher={<DivisionSwitcher value={code} onChange={setCode} rootCode={rootDivision.code} rootName={`全省（${rootDivision.name}）`} />}
    >
      <Outlet />
    </PortalLayout>
  );
}

function WithPlugins() {
  const { code } = useDivision();
  return (
    <PluginsProvider divisionCode={code ?? rootDivision.code} modules={installedWebPlugins}>
      <Frame />
    </PluginsProvider>
  );
}

/** The public portal: the division lives in the URL (`?d=2301`). */
export default function PortalShell() {
  return (
    <DivisionProvider persist="url">
      <WithPlugins />
    </DivisionProvider>
  );
}
