/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_SITE_NAME?: string;
  readonly VITE_SITE_SPONSOR?: string;
  readonly VITE_SITE_ORGANIZER?: string;
  readonly VITE_SITE_CODE?: string;
  readonly VITE_SITE_ICP?: string;
  readonly VITE_SITE_PUBLIC_SECURITY?: string;
  readonly VITE_SITE_CONTACT?: string;
}
