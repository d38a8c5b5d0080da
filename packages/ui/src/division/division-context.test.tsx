import { describe, expect, it, beforeEach } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { appendDivisionParam, CONSOLE_DIVISION_KEY, DivisionProvider, useDivision } from './division-context';

function Probe() {
  const { code, setCode, withDivision } = useDivision();
  const location = useLocation();
  return (
    <>
      <p data-testid="code">{code ?? 'none'}</p>
      <p data-testid="url">{location.pathname + location.search}</p>
      <p data-testid="link">{withDivision('/search?q=公开')}</p>
      <button type="button" onClick={() => setCode('230108')}>选择平房区</button>
    </>
  );
}

describe('DivisionProvider', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the portal division in the URL (?d=) and on in-app links', async () => {
    render(<MemoryRouter initialEntries={['/search?q=x&page=3&d=2301']}><Routes><Route path="*" element={<DivisionProvider persist="url"><Probe /></DivisionProvider>} /></Routes></MemoryRouter>);
    expect(screen.getByTestId('code')).toHaveTextContent('2301');
    expect(screen.getByTestId('link')).toHaveTextContent('/search?q=%E5%85%AC%E5%BC%80&d=2301');
    await userEvent.click(screen.getByRole('button', { name: '选择平房区' }));
    expect(screen.getByTestId('code')).toHaveTextContent('230108');
    expect(screen.getByTestId('url')).toHaveTextContent('/search?q=x&d=230108');
  });

  it('keeps the console division in localStorage, ignoring one outside the accepted reach', async () => {
    localStorage.setItem(CONSOLE_DIVISION_KEY, '2302');
    const tree = (accept?: (c: string) => boolean) => <MemoryRouter><DivisionProvider persist="storage" fallback="2301" accept={accept}><Probe /></DivisionProvider></MemoryRouter>;
    const { unmount } = render(tree((c) => c.startsWith('2301')));
    expect(screen.getByTestId('code')).toHaveTextContent('2301');
    await userEvent.click(screen.getByRole('button', { name: '选择平房区' }));
    expect(screen.getByTestId('code')).toHaveTextContent('230108');
    expect(localStorage.getItem(CONSOLE_DIVISION_KEY)).toBe('230108');
    unmount();
    render(tree());
    expect(screen.getByTestId('code')).toHaveTextContent('230108');
  });

  it('appends the division parameter keeping query and hash', () => {
    expect(appendDivisionParam('/items/abc#files', '2301')).toBe('/items/abc?d=2301#files');
    expect(appendDivisionParam('/search?q=a', null)).toBe('/search?q=a');
  });
});
