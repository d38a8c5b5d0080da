// Console pages of proactive release and the annual report against the real server (tRPC's fetch
// adapter over the real router and database, no mocks).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createContext, type Principal } from '@gongkai/kernel';
import { DivisionProvider, createApiClient } from '@gongkai/ui';
import { setup, type Fixture } from '../server/testing/fixtures';
import AnnualReportPage from './pages/reports/AnnualReportPage';

let f: Fixture;
let principal: Principal | null = null;

beforeAll(async () => {
  f = await setup('2026-11-02T02:00:00Z');
  const platform = f.platform;
  createApiClient({
    url: 'http://gongkai.test/trpc',
    csrfToken: () => 'test',
    fetch: (input, init) => fetchRequestHandler({
      endpoint: '/trpc', router: platform.appRouter, req: new Request(input as string, init),
      createContext: () => createContext({ kernel: platform.kernel, principal }),
    }),
  });
}, 120_000);
afterAll(async () => { await f?.platform.close(); });

function renderAt(path: string, url: string, page: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        <DivisionProvider persist="url">
          <Routes><Route path={path} element={page} /></Routes>
        </DivisionProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('annual report page', () => {
  it('saves the notes without touching the adjustments, and an adjustment without touching the notes', async () => {
    principal = f.users.head.principal;
    const scope = { divisionCode: '2301', organizationId: f.orgs.harbinFinance.id, year: 2025 };
    await f.users.head.caller.mechanisms.reports.save({ ...scope, adjustments: [{ row: 'new', column: 'natural', delta: 1, reason: '线下受理' }] });
    const user = userEvent.setup();
    renderAt('/console/mechanisms/reports', `/console/mechanisms/reports?d=2301&year=2025&org=${scope.organizationId}`, <AnnualReportPage />);

    const notesForm = await screen.findByRole('form', { name: '报告说明' }, { timeout: 20_000 });
    await user.type(within(notesForm).getByLabelText('说明'), '线下受理1件，已补录。');
    await user.click(within(notesForm).getByRole('button', { name: '保存说明' }));
    expect(await within(notesForm).findByText('已保存说明。')).toBeInTheDocument();
    let saved = await f.platform.db.mechanismsAnnualReport.findFirstOrThrow({ where: { divisionCode: '2301', organizationId: scope.organizationId, year: 2025 } });
    expect(saved.notes).toBe('线下受理1件，已补录。');
    expect(saved.adjustments).toEqual([{ row: 'new', column: 'natural', delta: 1, reason: '线下受理' }]);

    const adjForm = screen.getByRole('form', { name: '增加调整' });
    await user.type(within(adjForm).getByLabelText(/调整数/), '1');
    await user.type(within(adjForm).getByLabelText(/调整原因/), '线下办结');
    await user.selectOptions(within(adjForm).getByLabelText(/^行/), 'handled');
    await user.click(within(adjForm).getByRole('button', { name: '保存调整' }));
    await waitFor(async () => {
      saved = await f.platform.db.mechanismsAnnualReport.findFirstOrThrow({ where: { divisionCode: '2301', organizationId: scope.organizationId, year: 2025 } });
      expect(saved.adjustments).toHaveLength(2);
    });
    expect(saved.notes).toBe('线下受理1件，已补录。');
    // The saved notes come back with the report.
    expect(within(screen.getByRole('form', { name: '报告说明' })).getByLabelText('说明')).toHaveValue('线下受理1件，已补录。');
  });
});
