/** A navigation entry; `group` puts console entries under a heading in the sidebar. */
export interface NavItem { to: string; label: string; group?: string; end?: boolean }
