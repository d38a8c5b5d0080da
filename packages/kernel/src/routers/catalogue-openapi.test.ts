import { describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from 'trpc-to-openapi';
import { router } from '../trpc/init';
import { catalogueRouter } from './catalogue';

describe('catalogue REST description', () => {
  it('describes the public read procedures for /api/v1 from their zod schemas', () => {
    const doc = generateOpenApiDocument(router({ catalogue: catalogueRouter }), { title: 'Gongkai', version: '1', baseUrl: 'http://localhost/api/v1' });
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual(['/catalogue/facets', '/catalogue/items/{id}', '/catalogue/search', '/catalogue/topics']);
    const search = doc.paths!['/catalogue/search']!.get!;
    expect(search.parameters!.map((x) => ('name' in x ? x.name : '')).sort()).toEqual(['divisionCode', 'itemType', 'organizationId', 'page', 'pageSize', 'q', 'topicCode', 'year']);
    expect(JSON.stringify(search.responses!['200'])).toContain('indexNo');
    expect(doc.paths!['/catalogue/items/{id}']!.get!.parameters!.some((x) => 'in' in x && x.in === 'path')).toBe(true);
  });
});
