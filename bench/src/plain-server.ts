// The baseline for the tRPC read benchmark: a plain Fastify + `pg` endpoint reading the same row
// with the same prepared statement (same SELECT text, so the same columns for pg to parse) as the
// platform's public item read. No schemas, no hooks, no logging: the floor of the stack.
import { publicItemStatement } from '@gongkai/kernel';
import Fastify from 'fastify';
import pg from 'pg';

const url = process.env.DATABASE_URL!;
const pool = new pg.Pool({ connectionString: url, max: 10 });
const app = Fastify({ logger: false });
app.get<{ Params: { id: string } }>('/items/:id', async (req, reply) => {
  const r = await pool.query({ name: publicItemStatement.name, text: publicItemStatement.text, values: [req.params.id] });
  if (!r.rows[0]) return reply.code(404).send({ error: 'not found' });
  return r.rows[0];
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
console.log(`ready on http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
