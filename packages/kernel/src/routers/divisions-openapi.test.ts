import { describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from 'trpc-to-openapi';
import { router } from '../trpc/init';
import { divisionsRouter } from './divisions';

describe('divisions REST description', () => {
  it('describes the public list and lookup for /api/v1 from their zod schemas, and nothing of the staff procedures', () => {
    const doc = generateOpenApiDocument(router({ divisions: divisionsRouter }), { title: 'Gongkai', version: '1', baseUrl: 'http://localhost/api/v1' });
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual(['/divisions', '/divisions/{code}']);
    const list = doc.paths!['/divisions']!.get!;
    expect(list.parameters!.map((x) => ('name' in x ? x.name : '')).sort()).toEqual(['level', 'page', 'pageSize', 'parentCode']);
    expect(JSON.stringify(list.responses!['200'])).toContain('childCount');
    const one = doc.paths!['/divisions/{code}']!.get!;
    expect(one.parameters!.filter((x) => 'in' in x && x.in === 'path').map((x) => ('name' in x ? x.name : ''))).toEqual(['code']);
    const body = JSON.stringify(one.responses!['200']);
    expect(body).toContain('parentName');
    expect(body).not.toContain('createdAt');
  });
});
