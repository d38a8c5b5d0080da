import { createExtensionPoint } from './extension-point';

export interface ChannelRelease {
  divisionCode: string;
  catalogueItemId: string;
  title: string;
  summary: string;
  url: string;
  publishedAt: Date;
}

/** Where a release goes (website, microblog, gazette, media). Delivery runs as a job. */
export interface Channel {
  id: `${string}.${string}`;
  label: string;
  /** Owning plugin id; the channel is offered only where that plugin is enabled. */
  pluginId: string;
  deliver(release: ChannelRelease, ctx: { logger: { info(o: object, m?: string): void } }): Promise<{ externalRef?: string }>;
}

export const channels = createExtensionPoint<Channel>('kernel.channels', { key: (c) => c.id });
