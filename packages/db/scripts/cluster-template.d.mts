export function pgliteVersion(): string;
export function clusterTemplatePath(dir?: string): string;
export function readClusterTemplate(file?: string): Blob | null;
export function ensureClusterTemplate(file?: string): Promise<{ file: string; created: boolean }>;
