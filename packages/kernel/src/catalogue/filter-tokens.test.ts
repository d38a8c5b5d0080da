import { describe, expect, it } from 'vitest';
import { filterQueryTokens, filterTokens, withFilterTokens } from './filter-tokens';

const state = { status: 'published', divisionCode: '231282', organizationId: 'org1', topicCode: '0501', itemType: 'kernel.document', indexYear: 2026 };

describe('filter tokens', () => {
  it('covers every division level above the item, both topic levels, type, year and status', () => {
    expect(filterTokens(state).sort()).toEqual(['#d:23', '#d:2312', '#d:231282', '#i:kernel.document', '#o:org1', '#s:published', '#t:05', '#t:0501', '#y:2026']);
    expect(filterTokens({ ...state, status: 'draft', indexYear: null })).not.toContain('#s:published');
  });

  it('replaces only filter tokens', () => {
    const tokens = withFilterTokens(['征地', '#s:published', '#y:2025'], { ...state, status: 'withdrawn' });
    expect(tokens).toContain('征地');
    expect(tokens).not.toContain('#s:published');
    expect(tokens).not.toContain('#y:2025');
    expect(tokens).toContain('#y:2026');
  });

  it('asks for published items plus one token per filter', () => {
    expect(filterQueryTokens({})).toEqual(['#s:published']);
    expect(filterQueryTokens({ divisionCode: '2312', topicCode: '05', year: 2026, organizationId: 'o', itemType: 't.x' }))
      .toEqual(['#s:published', '#d:2312', '#o:o', '#t:05', '#i:t.x', '#y:2026']);
  });
});
