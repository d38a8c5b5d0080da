// The footer every Chinese government website carries: sponsor, contact, 网站标识码 and the ICP and
// public-security filing numbers. Deployments configure them; unset ones show "待配置" so they are
// noticed before launch.
export interface SiteFooterConfig {
  /** 主办单位 */
  sponsor: string;
  /** 承办单位 */
  organizer?: string;
  /** 网站标识码 (10 characters, issued by the State Council's government website census). */
  siteCode?: string;
  /** ICP备案号, e.g. 黑ICP备00000000号 (links to the MIIT filing site). */
  icp?: string;
  /** 公安机关备案号, e.g. 黑公网安备 00000000000000号 */
  publicSecurity?: string;
  /** 联系我们: address, phone or e-mail shown as text. */
  contact?: string;
  /** Extra links: 网站地图, 隐私声明, 使用帮助 ... */
  links?: { href: string; label: string }[];
}

const UNSET = '待配置';

export function SiteFooter({ config }: { config: SiteFooterConfig }) {
  return (
    <footer className="gk-footer">
      <div className="gk-container">
        {config.links && config.links.length > 0 ? (
          <nav aria-label="页脚链接">
            <ul className="gk-footer-links">
              {config.links.map((l) => <li key={l.href}><a href={l.href}>{l.label}</a></li>)}
            </ul>
          </nav>
        ) : null}
        <p>主办单位：{config.sponsor}{config.organizer ? <>{'\u3000'}承办单位：{config.organizer}</> : null}</p>
        {config.contact ? <p>联系我们：{config.contact}</p> : null}
        <p>
          <span data-testid="site-code">网站标识码：{config.siteCode || UNSET}</span>
          {'　'}
          {config.icp
            ? <a href="https://beian.miit.gov.cn/" rel="noopener noreferrer">{config.icp}</a>
            : <span>ICP备案号：{UNSET}</span>}
          {'　'}
          <span>{config.publicSecurity || `公安机关备案号：${UNSET}`}</span>
        </p>
      </div>
    </footer>
  );
}
