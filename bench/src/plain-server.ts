// The baseline for the tRPC read benchmark: a plain Fastify + `pg` endpoint reading the same row.
import Fastify from 'fastify';
import pg from 'pg';

const url = process.env.DATABASE_URL!;
const pool = new pg.Pool({ connectionString: url, max: 10 });
const app = Fastify({ logger: false });
app.get<{ Params: { id: string } }>('/items/:id', async (req, reply) => {
  const r = await pool.query('SELECT id, index_no, title, summary, body, doc_no, generated_on, topic_code, disclosure_mode, validity, metadata, published_at FROM kernel_catalogue_item WHERE id = $1 AND status = $2', [req.params.id, 'published']);
  if (!r.rows[0]) return reply.code(404).send({ error: 'not found' });
  return r.rows[0];
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
console.log(`ready on http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
