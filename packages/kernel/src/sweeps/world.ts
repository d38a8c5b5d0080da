// The world both cross-cutting sweeps run in: two cities (哈尔滨市 2301 and 齐齐哈尔市 2302), each
// with an administrator, an organisation, a staff account with a grant, catalogue items (a draft,
// a published item, an attachment), a signed-in session, an API token and a plugin enabled; plus a
// province administrator and a province-wide custom role. Built through the real procedures.
import type { Db } from '@gongkai/db';
import { createTestPlatform } from '@gongkai/testing';
import { notesPlugin } from '../../test-fixtures/notes/server';
import { signIn } from '../testing/login';

export const bootSweepPlatform = () => createTestPlatform({ plugins: [notesPlugin] as const });
export type SweepPlatform = Awaited<ReturnType<typeof bootSweepPlatform>>;
type Admin = Awaited<ReturnType<SweepPlatform['createUser']>>;

/** Ids of one city's data. */
export interface CityData {
  divisionCode: string;
  countyCode: string;
  orgId: string;
  userId: string;
  grantId: string;
  draftId: string;
  publishedId: string;
  attachmentId: string;
  sessionId: string;
  tokenId: string;
}

export interface World {
  prov: Admin;
  /** The caller of the isolation sweep: administrator ('*') of 哈尔滨市. */
  hrb: Admin;
  qqhr: Admin;
  own: CityData;
  foreign: CityData;
  customRoleId: string;
}

async function city(p: SweepPlatform, admin: Admin, divisionCode: string, countyCode: string, tag: string): Promise<CityData> {
  const c = admin.caller;
  const org = await c.organizations.create({ divisionCode, code: `${tag}-ORG`, name: `${tag}市政府办公室` });
  const { user, oneTimePassword } = await c.users.create({ username: `${tag.toLowerCase()}.staff`, displayName: `${tag}工作人员`, divisionCode, organizationId: org.id });
  const grant = await c.users.grant({ userId: user.id, roleKey: 'kernel.editor', divisionCode });
  const draftInput = { divisionCode, organizationId: org.id, itemType: 'kernel.document', generatedOn: '2026-11-01', topicCode: '0201' };
  const draft = await c.catalogue.createDraft({ ...draftInput, title: `${tag}的草稿` });
  const toPublish = await c.catalogue.createDraft({ ...draftInput, title: `${tag}的公开信息` });
  await c.catalogue.publish({ id: toPublish.id });
  const attachment = await c.catalogue.attach({ itemId: draft.id, title: '附件', fileName: 'note.csv', mime: 'text/csv', contentBase64: Buffer.from('名称,数量\n附件,1\n').toString('base64') });
  // The one-time password must be changed before the account may do anything else.
  const first = await signIn(p, `${tag.toLowerCase()}.staff`, oneTimePassword);
  await first.caller.auth.changePassword({ oldPassword: oneTimePassword, newPassword: `${tag}-passw0rd-1` });
  const session = await signIn(p, `${tag.toLowerCase()}.staff`, `${tag}-passw0rd-1`);
  const token = await session.caller.apiTokens.create({ name: `${tag}对接` });
  await c.plugins.enable({ divisionCode, pluginId: 'fixture-notes' });
  return {
    divisionCode, countyCode, orgId: org.id, userId: user.id, grantId: grant.id, draftId: draft.id,
    publishedId: toPublish.id, attachmentId: attachment.id, sessionId: session.sessionId, tokenId: token.id,
  };
}

export async function buildWorld(p: SweepPlatform): Promise<World> {
  const prov = await p.createUser({ roles: ['kernel.admin'], divisionCode: '23' });
  const hrb = await p.createUser({ roles: ['kernel.admin'], divisionCode: '2301' });
  const qqhr = await p.createUser({ roles: ['kernel.admin'], divisionCode: '2302' });
  const own = await city(p, hrb, '2301', '230108', 'HRB');
  const foreign = await city(p, qqhr, '2302', '230202', 'QQHR');
  const role = await prov.caller.roles.create({ key: 'sweep-reader', name: '目录查阅员', permissions: ['kernel.catalogue.read'] });
  await drainJobs(p);
  return { prov, hrb, qqhr, own, foreign, customRoleId: role.id };
}

export async function drainJobs(p: SweepPlatform): Promise<void> {
  await (p.kernel.jobs as unknown as { drain(): Promise<void> }).drain();
}

/** Tables whose content the sweeps require unchanged: every kernel table but the audit log and login attempts. */
const EXCLUDED = ['kernel_audit_record', 'kernel_audit_checkpoint', 'kernel_login_attempt'];

/** Row count and content digest of every kernel table. */
export async function snapshot(db: Db): Promise<Record<string, string>> {
  const tables = await db.$queryRawUnsafe<{ t: string }[]>(
    `SELECT table_name::text AS t FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name LIKE 'kernel\\_%' ORDER BY 1`,
  );
  const names = tables.map((x) => x.t).filter((t) => !EXCLUDED.includes(t));
  const sql = names.map((t) => `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM "${t}" x`).join(' UNION ALL ');
  const rows = await db.$queryRawUnsafe<{ t: string; h: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}
