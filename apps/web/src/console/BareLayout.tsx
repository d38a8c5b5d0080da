import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RouteFocus, SkipLink } from '@gongkai/ui';
import { siteName } from '../site-config';

/** The console's sign-in pages: banner and main region, no navigation. */
export function BareLayout({ children }: { children: ReactNode }) {
  return (
    <div className="gk-page gk-console">
      <SkipLink />
      <RouteFocus />
      <header className="gk-header gk-console-header">
        <div className="gk-container gk-header-row">
          <Link to="/" className="gk-site-name">{siteName}<span className="gk-site-sub">管理后台</span></Link>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="gk-container gk-main">{children}</main>
    </div>
  );
}
