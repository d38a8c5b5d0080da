import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { SkipLink } from './SkipLink';
import { RouteFocus } from './RouteFocus';
import { SiteFooter, type SiteFooterConfig } from './SiteFooter';
import { SITE_NAME } from './page-title';
import type { NavItem } from './nav';

export interface PortalLayoutProps {
  siteName?: string;
  /** Link target of the site name (the home page, keeping the division). */
  homeHref?: string;
  nav: NavItem[];
  /** Right side of the header: the division switcher. */
  divisionSwitcher?: ReactNode;
  /** Account links (登录 / 注册 / 退出). */
  account?: ReactNode;
  footer: SiteFooterConfig;
  children: ReactNode;
}

/** The public portal shell: banner, main navigation, main region, footer. */
export function PortalLayout({ siteName = SITE_NAME, homeHref = '/', nav, divisionSwitcher, account, footer, children }: PortalLayoutProps) {
  return (
    <div className="gk-page gk-portal">
      <SkipLink />
      <RouteFocus />
      <header className="gk-header">
        <div className="gk-container gk-header-row">
          <Link to={homeHref} className="gk-site-name">{siteName}</Link>
          {account ? <div className="gk-account">{account}</div> : null}
        </div>
        {divisionSwitcher ? <div className="gk-container gk-header-tools">{divisionSwitcher}</div> : null}
        <nav className="gk-main-nav" aria-label="主导航">
          <ul className="gk-container">
            {nav.map((item) => (
              <li key={item.to}><NavLink to={item.to} end={item.end ?? item.to === '/'}>{item.label}</NavLink></li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="gk-container gk-main">{children}</main>
      <SiteFooter config={footer} />
    </div>
  );
}
