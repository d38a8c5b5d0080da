// Downloads of catalogue attachments: GET /files/<id> streams a stored file, but only when it is
// attached to a published, 主动公开 item (the kernel decides); anything else is a plain 404.
import { publicFileIsAttached, type Kernel } from '@gongkai/kernel';
import type { FastifyInstance } from 'fastify';

/** RFC 6266 filename*: keeps Chinese file names intact in every browser. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function registerPublicFiles(app: FastifyInstance, kernel: Kernel): void {
  app.get<{ Params: { id: string } }>('/files/:id', async (req, reply) => {
    const { id } = req.params;
    if (!(await publicFileIsAttached(kernel.db, id))) {
      return reply.code(404).send({ statusCode: 404, error: 'NOT_FOUND', message: '文件不存在或未公开', requestId: req.id });
    }
    const opened = await kernel.files.open(id);
    if (!opened) return reply.code(404).send({ statusCode: 404, error: 'NOT_FOUND', message: '文件不存在或未公开', requestId: req.id });
    return reply
      .type(opened.file.mime)
      .header('content-length', String(opened.file.size))
      .header('content-disposition', contentDisposition(opened.file.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'public, max-age=3600')
      .send(opened.stream);
  });
}
