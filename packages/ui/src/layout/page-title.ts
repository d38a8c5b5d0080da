import { useEffect } from 'react';

export const SITE_NAME = '黑龙江省政务公开平台';

/** Sets `document.title` to "<title> - <site>" (WCAG 2.4.2), restoring the site name on unmount. */
export function usePageTitle(title: string | null | undefined, siteName: string = SITE_NAME): void {
  useEffect(() => {
    document.title = title ? `${title} - ${siteName}` : siteName;
  }, [title, siteName]);
}
