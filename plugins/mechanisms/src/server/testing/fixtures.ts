// Shared set-up for this plugin's integration tests: a platform with the plugin, organisations in
// two cities, and staff and citizen callers.
import { createTestPlatform, type TestPlatform } from '@gongkai/testing';
import type { Tx } from '@gongkai/db';
import { dispatchOutbox, fixedClock } from '@gongkai/kernel';
import { mechanismsPlugin } from '../plugin';

export async function setup(at = '2026-11-02T02:00:00Z') {
  const clock = fixedClock(at);
  const platform = await createTestPlatform({ plugins: [mechanismsPlugin], clock });
  // Jobs run to completion inside the call that enqueued them (after its commit), so a test sees
  // their effects and no job overlaps the next query (see README: concurrent-query issue).
  const kernel = platform.kernel;
  kernel.jobs = { enqueue: async (_q, name, data, opts) => { await kernel.runJob(name, data, opts?.jobId ?? 'sync'); }, close: async () => {} };
  const org = (divisionCode: string, code: string, name: string) => platform.db.organization.create({ data: { divisionCode, code, name } });
  const harbinTransport = await org('2301', 'HRBJT', '哈尔滨市交通运输局');
  const harbinFinance = await org('2301', 'HRBCZ', '哈尔滨市财政局');
  const qiqiharOffice = await org('2302', 'QQHRZF', '齐齐哈尔市人民政府办公室');
  const pingfang = await org('230108', 'PFQZF', '平房区人民政府办公室');
  await platform.setPlugin('2301', 'mechanisms', true);
  await platform.setPlugin('2302', 'mechanisms', true);
  const head = await platform.createUser({ roles: ['mechanisms.head'], divisionCode: '2301' });
  const officer = await platform.createUser({ roles: ['mechanisms.officer'], divisionCode: '2301' });
  const financeLiaison = await platform.createUser({ roles: ['mechanisms.liaison'], organizationId: harbinFinance.id });
  const qiqiharHead = await platform.createUser({ roles: ['mechanisms.head'], divisionCode: '2302' });
  const citizen = await platform.createUser({ roles: [], kind: 'public' });
  const nobody = await platform.createUser({ roles: [], divisionCode: '2301' });
  return { platform, clock, orgs: { harbinTransport, harbinFinance, qiqiharOffice, pingfang }, users: { head, officer, financeLiaison, qiqiharHead, citizen, nobody } };
}

export type Fixture = Awaited<ReturnType<typeof setup>>;
export type { TestPlatform };

/**
 * An administrator enters the official 2027 schedule (元旦 1–3 January, no make-up day), and the
 * kernel's deadline-changed events are delivered, so open requests move off their provisional dates.
 */
export async function enterSchedule2027(platform: TestPlatform): Promise<void> {
  await platform.db.$transaction(async (tx) => {
    await platform.kernel.calendar.setYear(tx as Tx, {
      year: 2027, notice: '国办发明电〔2026〕测试', workdays: [],
      holidays: [{ date: '2027-01-01', name: '元旦' }, { date: '2027-01-02', name: '元旦' }, { date: '2027-01-03', name: '元旦' }],
    }, null);
  });
  await dispatchOutbox(platform.kernel);
}

export const applicant = (organizationId: string, divisionCode = '2301') => ({
  divisionCode, organizationId, applicantType: 'natural' as const, applicantName: '张三', idDocType: 'id-card' as const,
  idDocNumber: '230102199001011234', contactPhone: '13800000000', description: '2026年哈尔滨市道路维修计划及资金安排',
  deliveryForm: 'electronic' as const, deliveryMethod: 'online' as const,
});
