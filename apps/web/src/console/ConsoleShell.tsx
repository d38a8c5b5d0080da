import { Navigate, Outlet, useLocation } from 'react-router';
import { ConsoleLayout, DivisionProvider, DivisionSwitcher, QueryState, useApiMutation, useDivision, type NavItem } from '@gongkai/ui';
import { api } from '../api';
import { installedWebPlugins } from '../plugins';
import { PluginsProvider } from '../plugin-host/PluginsProvider';
import { useComposition } from '../plugin-host/context';
import { hasPermission, useMe, type Me } from '../session/session';
import { siteName } from '../site-config';
import { homeDivision } from './console-division';
import { pluginConsoleNav } from './plugin-nav';

function kernelNav(me: Me): NavItem[] {
  const nav: NavItem[] = [{ to: '/console', label: '工作台', end: true }];
  const add = (perm: string | null, item: NavItem) => { if (perm === null || hasPermission(me, perm)) nav.push(item); };
  add('kernel.catalogue.read', { to: '/console/catalogue', label: '目录管理', group: '信息公开' });
  add(null, { to: '/console/divisions', label: '行政区划', group: '组织与人员' });
  add(null, { to: '/console/organizations', label: '机构', group: '组织与人员' });
  add('kernel.users.manage', { to: '/console/users', label: '用户与授权', group: '组织与人员' });
  add(null, { to: '/console/roles', label: '角色', group: '组织与人员' });
  add('kernel.plugins.manage', { to: '/console/plugins', label: '功能模块', group: '系统' });
  add('kernel.audit.read', { to: '/console/audit', label: '审计日志', group: '系统' });
  add(null, { to: '/console/calendar', label: '工作日历', group: '系统' });
  add(null, { to: '/console/account', label: '我的账号', group: '系统' });
  return nav;
}

function Tools({ me, root }: { me: Me; root: string }) {
  const { code, setCode } = useDivision();
  // A full page load: nothing of this account stays in memory, and no query of the page being left
  // can refetch without a session (which would send the login page a stale ?expired=1&next=).
  const logout = useApiMutation(api.auth.logout, { onSuccess: () => { window.location.replace('/console/login'); } });
  return (
    <>
      <DivisionSwitcher value={code} onChange={(c) => setCode(c ?? root)} rootCode={root} legend="切换工作地区" />
      <span>{me.displayName}</span>
      <button type="button" className="gk-button-link" onClick={() => logout.mutate()} disabled={logout.isPending}>退出</button>
    </>
  );
}

function Frame({ me, root }: { me: Me; root: string }) {
  const { nav: pluginNav } = useComposition();
  const { code } = useDivision();
  const nav = [...kernelNav(me), ...pluginConsoleNav(pluginNav, me.grants, code ?? root)];
  return (
    <ConsoleLayout siteName={siteName} nav={nav} tools={<Tools me={me} root={root} />}>
      <Outlet />
    </ConsoleLayout>
  );
}

function WithPlugins({ me, root }: { me: Me; root: string }) {
  const { code } = useDivision();
  return (
    <PluginsProvider divisionCode={code ?? root} modules={installedWebPlugins}>
      <Frame me={me} root={root} />
    </PluginsProvider>
  );
}

/** The staff console: requires a staff account whose password is not a one-time password. */
export default function ConsoleShell() {
  const me = useMe();
  const location = useLocation();
  return (
    <QueryState query={me}>
      {(data) => {
        if (!data || data.kind !== 'staff') {
          const next = encodeURIComponent(location.pathname + location.search);
          return <Navigate to={`/console/login?next=${next}`} replace />;
        }
        if (data.mustChangePassword) return <Navigate to="/console/change-password" replace />;
        const root = homeDivision(data);
        return (
          // A division remembered from another account may be out of this one's reach.
          <DivisionProvider persist="storage" fallback={root} accept={(c) => c.startsWith(root)}>
            <WithPlugins me={data} root={root} />
          </DivisionProvider>
        );
      }}
    </QueryState>
  );
}
