// Uploaded files: content-addressed under `${dataDir}/files/<first two hex of sha256>/<sha256>`,
// one database row per upload. Writing is atomic (temporary file, then rename) and identical
// content is stored once.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db, StoredFile, Tx } from '@gongkai/db';
import type { KernelConfig } from '../config';
import { fail } from '../trpc/errors';
import { allowedType, allowedTypes, cleanFileName, extensionOf } from './mime';

/** 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Longest base64 text that can decode to MAX_FILE_BYTES. */
export const MAX_BASE64_CHARS = Math.ceil(MAX_FILE_BYTES / 3) * 4;

export interface PutFile {
  fileName: string;
  mime: string;
  data: Uint8Array;
  divisionCode?: string | null;
  createdById?: string | null;
}

export interface FilesDeps { db: Db; config: KernelConfig }

export class FilesService {
  constructor(private readonly k: FilesDeps) {}

  get root(): string { return path.join(this.k.config.dataDir, 'files'); }

  /** Checks and stores a file, recording it in the caller's transaction. */
  async put(tx: Tx, f: PutFile): Promise<StoredFile> {
    const fileName = cleanFileName(f.fileName);
    if (!fileName) throw fail.badRequest('文件名不能为空', 'fileName');
    const type = allowedType(f.mime);
    if (!type) throw fail.badRequest(`不支持的文件类型，允许：${allowedTypes.map((t) => t.extensions.join('/')).join('、')}`, 'mime');
    if (!type.extensions.includes(extensionOf(fileName))) throw fail.badRequest(`文件扩展名须为 ${type.extensions.map((e) => `.${e}`).join(' 或 ')}`, 'fileName');
    if (f.data.byteLength === 0) throw fail.badRequest('文件为空', 'file');
    if (f.data.byteLength > MAX_FILE_BYTES) throw fail.badRequest('文件超过 20 MB', 'file');
    if (!type.magic(f.data)) throw fail.badRequest(`文件内容与类型 ${type.label} 不符`, 'file');
    const sha256 = createHash('sha256').update(f.data).digest('hex');
    const storageKey = `${sha256.slice(0, 2)}/${sha256}`;
    await this.write(storageKey, f.data);
    return tx.storedFile.create({
      data: { fileName, mime: type.mime, size: f.data.byteLength, sha256, storageKey, divisionCode: f.divisionCode ?? null, createdById: f.createdById ?? null },
    });
  }

  /** As `put`, from base64 text; the size is checked before decoding. */
  async putBase64(tx: Tx, f: Omit<PutFile, 'data'> & { contentBase64: string }): Promise<StoredFile> {
    const b64 = f.contentBase64.replace(/^data:[^,]*,/, '');
    if (b64.length > MAX_BASE64_CHARS) throw fail.badRequest('文件超过 20 MB', 'contentBase64');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) throw fail.badRequest('不是有效的 Base64 编码', 'contentBase64');
    return this.put(tx, { ...f, data: Buffer.from(b64, 'base64') });
  }

  async get(id: string, db: Tx | Db = this.k.db): Promise<StoredFile | null> {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
    return db.storedFile.findUnique({ where: { id } });
  }

  /** The file's row and content; null if unknown. */
  async read(id: string, db: Tx | Db = this.k.db): Promise<{ file: StoredFile; data: Buffer } | null> {
    const file = await this.get(id, db);
    if (!file) return null;
    return { file, data: await readFile(this.pathOf(file)) };
  }

  /** The file's row and a read stream (for HTTP downloads); null if unknown. */
  async open(id: string, db: Tx | Db = this.k.db): Promise<{ file: StoredFile; stream: ReadStream } | null> {
    const file = await this.get(id, db);
    if (!file) return null;
    return { file, stream: createReadStream(this.pathOf(file)) };
  }

  pathOf(file: Pick<StoredFile, 'storageKey'>): string {
    return path.join(this.root, ...file.storageKey.split('/'));
  }

  private async write(storageKey: string, data: Uint8Array): Promise<void> {
    const target = path.join(this.root, ...storageKey.split('/'));
    const existing = await stat(target).catch(() => null);
    if (existing?.isFile() && existing.size === data.byteLength) return;
    await mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, target);
  }
}
