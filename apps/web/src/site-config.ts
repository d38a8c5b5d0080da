// What a deployment puts in the site's banner and footer. Set these at build time with VITE_*
// environment variables (e.g. `VITE_SITE_CODE=2300000001 pnpm --filter @gongkai/web build`);
// values left unset show “待配置” in the footer so they are noticed before launch.
import type { SiteFooterConfig } from '@gongkai/ui';

const env = import.meta.env;

export const siteName: string = env.VITE_SITE_NAME || '黑龙江省政务公开平台';
/** The province at the top of the division tree. */
export const rootDivision = { code: '23', name: '黑龙江省' } as const;

export const footerConfig: SiteFooterConfig = {
  sponsor: env.VITE_SITE_SPONSOR || '黑龙江省人民政府办公厅',
  organizer: env.VITE_SITE_ORGANIZER || undefined,
  siteCode: env.VITE_SITE_CODE || undefined,
  icp: env.VITE_SITE_ICP || undefined,
  publicSecurity: env.VITE_SITE_PUBLIC_SECURITY || undefined,
  contact: env.VITE_SITE_CONTACT || undefined,
  links: [
    { href: '/guide', label: '信息公开指南' },
    { href: '/open-data', label: '开放数据' },
    { href: '/accessibility', label: '无障碍声明' },
  ],
};
