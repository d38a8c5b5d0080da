import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { SkipLink } from './SkipLink';
import { RouteFocus } from './RouteFocus';
import { SITE_NAME } from './page-title';
import type { NavItem } from './nav';

export interface ConsoleLayoutProps {
  siteName?: string;
  nav: NavItem[];
  /** Header tools: division switcher, signed-in user, 退出. */
  tools?: ReactNode;
  children: ReactNode;
}

function groups(nav: NavItem[]): [string, NavItem[]][] {
  const out = new Map<string, NavItem[]>();
  for (const item of nav) {
    const g = item.group ?? '';
    out.set(g, [...(out.get(g) ?? []), item]);
  }
  return [...out.entries()];
}

/** The staff console shell: banner with tools, a sidebar navigation, and the main region. */
export function ConsoleLayout({ siteName = SITE_NAME, nav, tools, children }: ConsoleLayoutProps) {
  return (
    <div className="gk-page gk-console">
      <SkipLink />
      <RouteFocus />
      <header className="gk-header gk-console-header">
        <div className="gk-container-wide gk-header-row">
          <Link to="/console" className="gk-site-name">{siteName}<span className="gk-site-sub">管理后台</span></Link>
          {tools ? <div className="gk-console-tools">{tools}</div> : null}
        </div>
      </header>
      <div className="gk-console-body gk-container-wide">
        <nav className="gk-sidebar" aria-label="管理功能">
          {groups(nav).map(([group, items]) => (
            <div key={group || '_'} className="gk-sidebar-group">
              {group ? <h2 className="gk-sidebar-heading">{group}</h2> : null}
              <ul>
                {items.map((item) => <li key={item.to}><NavLink to={item.to} end={item.end ?? item.to === '/console'}>{item.label}</NavLink></li>)}
              </ul>
            </div>
          ))}
        </nav>
        <main id="main" tabIndex={-1} className="gk-main">{children}</main>
      </div>
    </div>
  );
}
