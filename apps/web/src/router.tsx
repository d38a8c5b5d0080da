import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { installedWebPlugins } from './plugins';
import { allRoutes } from './plugin-host/compose';
import { PluginRoute } from './plugin-host/PluginRoute';
import PortalShell from './portal/PortalShell';
import HomePage from './portal/HomePage';
import SearchPage from './portal/SearchPage';
import ItemPage from './portal/ItemPage';
import { AccessibilityPage, GuidePage, OpenDataPage } from './portal/StaticPages';
import { NotFound } from './shared/NotFound';
import { RouteError } from './shared/RouteError';

/** A lazily loaded page module (its default export), in its own chunk. */
function Loading() {
  return <p className="gk-loading" role="status">正在加载…</p>;
}

const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

const pluginRoutes = allRoutes(installedWebPlugins);
const pluginChildren = (area: 'portal' | 'console', prefix: string): RouteObject[] => pluginRoutes
  .filter((r) => r.area === area)
  .map((r) => ({ path: r.fullPath.slice(prefix.length), element: <PluginRoute pluginId={r.pluginId} path={r.fullPath} load={r.load} /> }));

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: PortalShell,
    ErrorBoundary: RouteError,
    HydrateFallback: Loading,
    children: [
      { index: true, Component: HomePage },
      { path: 'search', Component: SearchPage },
      { path: 'items/:id', Component: ItemPage },
      { path: 'guide', Component: GuidePage },
      { path: 'open-data', Component: OpenDataPage },
      { path: 'accessibility', Component: AccessibilityPage },
      { path: 'login', lazy: page(() => import('./portal/CitizenLoginPage')) },
      { path: 'register', lazy: page(() => import('./portal/RegisterPage')) },
      { path: 'account', lazy: page(() => import('./portal/AccountPage')) },
      ...pluginChildren('portal', '/'),
      { path: '*', Component: NotFound },
    ],
  },
  { path: '/console/login', lazy: page(() => import('./console/LoginPage')), ErrorBoundary: RouteError, HydrateFallback: Loading },
  { path: '/console/change-password', lazy: page(() => import('./console/ChangePasswordPage')), ErrorBoundary: RouteError, HydrateFallback: Loading },
  {
    path: '/console',
    lazy: page(() => import('./console/ConsoleShell')),
    ErrorBoundary: RouteError,
    HydrateFallback: Loading,
    children: [
      { index: true, lazy: page(() => import('./console/DashboardPage')) },
      { path: 'divisions', lazy: page(() => import('./console/DivisionsPage')) },
      { path: 'organizations', lazy: page(() => import('./console/OrganizationsPage')) },
      { path: 'users', lazy: page(() => import('./console/UsersPage')) },
      { path: 'users/:id', lazy: page(() => import('./console/UserDetailPage')) },
      { path: 'roles', lazy: page(() => import('./console/RolesPage')) },
      { path: 'plugins', lazy: page(() => import('./console/PluginsPage')) },
      { path: 'plugins/:pluginId', lazy: page(() => import('./console/PluginSettingsPage')) },
      { path: 'catalogue', lazy: page(() => import('./console/CataloguePage')) },
      { path: 'catalogue/new', lazy: page(() => import('./console/CatalogueEditPage')) },
      { path: 'catalogue/:id', lazy: page(() => import('./console/CatalogueEditPage')) },
      { path: 'audit', lazy: page(() => import('./console/AuditPage')) },
      { path: 'calendar', lazy: page(() => import('./console/CalendarPage')) },
      { path: 'account', lazy: page(() => import('./console/ConsoleAccountPage')) },
      ...pluginChildren('console', '/console/'),
      { path: '*', Component: () => <NotFound home="/console" /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
