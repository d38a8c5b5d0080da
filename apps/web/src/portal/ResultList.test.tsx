import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { highlight } from './ResultList';

describe('highlight', () => {
  it('marks every token, longest first, and escapes regex characters', () => {
    const { container } = render(<p>{highlight('肇东市政务公开（2026）工作要点', ['肇东', '肇东市', '(2026)', '公开'])}</p>);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['肇东市', '公开']);
    expect(container.textContent).toBe('肇东市政务公开（2026）工作要点');
  });

  it('returns the text unchanged without tokens', () => {
    expect(highlight('政府工作报告', [' ', ''])).toBe('政府工作报告');
  });
});
