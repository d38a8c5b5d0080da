import { createHash, randomBytes } from 'node:crypto';
import { sqlOf, type Db, type Tx } from '@gongkai/db';
import type { KernelConfig } from '../config';
import type { Clock } from '../clock';
import { fail } from '../trpc/errors';
import { hashPassword, verifyPassword } from './passwords';
import type { Grant, Principal } from './principal';

/**
 * A user with the grants that make up the principal, in one prepared statement: every signed-in
 * request resolves its session this way (a compiled Prisma query with nested includes cost
 * several times the database work). `$2` is now, for the session's validity.
 */
const PRINCIPAL_COLUMNS = `u.id, u.kind::text AS kind, u.username, u.display_name, u.division_code, u.organization_id, u.active, u.must_change_password,
  coalesce((SELECT json_agg(json_build_object('roleKey', r.key, 'permissions', r.permissions, 'divisionCode', g.division_code,
                   'organizationId', g.organization_id, 'organizationDivisionCode', o.division_code) ORDER BY g.created_at, g.id)
            FROM kernel_role_grant g JOIN kernel_role r ON r.id = g.role_id LEFT JOIN kernel_organization o ON o.id = g.organization_id
            WHERE g.user_id = u.id), '[]'::json) AS grants`;
const PRINCIPAL_BY_USER = { name: 'kernel_principal_by_user', text: `SELECT ${PRINCIPAL_COLUMNS} FROM kernel_user u WHERE u.id = $1` };
const SESSION_PRINCIPAL = {
  name: 'kernel_session_principal',
  text: `SELECT s.id AS session_id, s.csrf_token, (s.revoked_at IS NULL AND s.expires_at > $2::timestamp) AS valid, ${PRINCIPAL_COLUMNS}
         FROM kernel_session s JOIN kernel_user u ON u.id = s.user_id WHERE s.id = $1`,
};
interface PrincipalRow {
  id: string; kind: Principal['kind']; username: string; display_name: string; division_code: string | null; organization_id: string | null;
  active: boolean; must_change_password: boolean; grants: Grant[];
}
function principalFromRow(r: PrincipalRow): Principal | null {
  if (!r.active) return null;
  return {
    userId: r.id, kind: r.kind, username: r.username, displayName: r.display_name, divisionCode: r.division_code,
    organizationId: r.organization_id, grants: r.grants, mustChangePassword: r.must_change_password,
  };
}

const ORGANIZATIONS_BY_ID = {
  name: 'kernel_organizations_by_id',
  text: 'SELECT id, division_code AS "divisionCode", code, name, active FROM kernel_organization WHERE id = ANY($1::text[])',
};

export const SESSION_COOKIE = 'gk_session';

export function sha256(s: string): string { return createHash('sha256').update(s).digest('hex'); }

export interface NewUser {
  kind: 'staff' | 'public';
  username: string;
  displayName: string;
  password: string;
  email?: string | null;
  phone?: string | null;
  divisionCode?: string | null;
  organizationId?: string | null;
  mustChangePassword?: boolean;
}

export interface LoginResult { token: string; csrfToken: string; expiresAt: Date; principal: Principal }

export class IdentityService {
  constructor(private readonly config: KernelConfig, private readonly clock: Clock) {}

  async createUser(db: Tx, u: NewUser) {
    const exists = await db.user.findUnique({ where: { username: u.username } });
    if (exists) throw fail.conflict(`用户名“${u.username}”已被使用`);
    return db.user.create({
      data: {
        kind: u.kind, username: u.username, displayName: u.displayName, email: u.email ?? null, phone: u.phone ?? null,
        passwordHash: await hashPassword(u.password), divisionCode: u.divisionCode ?? null,
        organizationId: u.organizationId ?? null, mustChangePassword: u.mustChangePassword ?? false,
      },
    });
  }

  /** Grants a role (by key) at a division or an organisation. */
  async grant(db: Tx, userId: string, roleKey: string, at: { divisionCode?: string | null; organizationId?: string | null }, grantedById?: string | null) {
    const role = await db.role.findUnique({ where: { key: roleKey } });
    if (!role) throw fail.badRequest(`角色“${roleKey}”不存在`, 'roleKey');
    if (!at.divisionCode === !at.organizationId) throw fail.badRequest('须且只能指定地区或机构之一', 'divisionCode');
    return db.roleGrant.create({ data: { userId, roleId: role.id, divisionCode: at.divisionCode ?? null, organizationId: at.organizationId ?? null, grantedById: grantedById ?? null } });
  }

  /** Throttling: too many failures for this account, or from this address, in the window. */
  private async throttled(db: Tx, username: string, ip: string | null): Promise<boolean> {
    const since = new Date(this.clock.now().getTime() - this.config.loginWindowMinutes * 60_000);
    const byUser = await db.loginAttempt.count({ where: { username, success: false, at: { gte: since } } });
    if (byUser >= this.config.loginMaxFailures) return true;
    if (ip) {
      const byIp = await db.loginAttempt.count({ where: { ip, success: false, at: { gte: since } } });
      if (byIp >= this.config.loginMaxFailures * 4) return true;
    }
    return false;
  }

  async login(db: Tx, input: { username: string; password: string; ip: string | null; userAgent: string | null }): Promise<LoginResult> {
    if (await this.throttled(db, input.username, input.ip)) throw fail.tooMany(`登录失败次数过多，请 ${this.config.loginWindowMinutes} 分钟后再试`);
    const user = await db.user.findUnique({ where: { username: input.username } });
    const ok = user && user.active ? await verifyPassword(user.passwordHash, input.password) : false;
    await db.loginAttempt.create({ data: { username: input.username, ip: input.ip, success: !!ok, at: this.clock.now() } });
    if (!ok || !user) throw fail.unauthorized('用户名或密码错误');
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + this.config.sessionHours * 3_600_000);
    await db.session.create({ data: { id: sha256(token), userId: user.id, csrfToken, expiresAt, ip: input.ip, userAgent: input.userAgent?.slice(0, 500) ?? null } });
    await db.user.update({ where: { id: user.id }, data: { lastLoginAt: this.clock.now() } });
    const principal = await this.principalOf(db, user.id);
    return { token, csrfToken, expiresAt, principal: principal! };
  }

  async logout(db: Tx, sessionId: string): Promise<void> {
    await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: this.clock.now() } });
  }

  /** The session for a cookie token, if valid (not expired, not revoked, user active). */
  async session(db: Tx | Db, token: string): Promise<{ sessionId: string; csrfToken: string; principal: Principal } | null> {
    if (!token || token.length > 200) return null;
    const [row] = await sqlOf(db).rows<PrincipalRow & { session_id: string; csrf_token: string; valid: boolean }>(SESSION_PRINCIPAL, [sha256(token), this.clock.now().toISOString()]);
    if (!row || !row.valid) return null;
    const principal = principalFromRow(row);
    return principal ? { sessionId: row.session_id, csrfToken: row.csrf_token, principal } : null;
  }

  /** An API token (`Authorization: Bearer gk_...`) for another government system. */
  async apiToken(db: Tx, token: string): Promise<Principal | null> {
    if (!token.startsWith('gk_') || token.length > 200) return null;
    const t = await db.apiToken.findUnique({ where: { tokenHash: sha256(token) } });
    if (!t || t.revokedAt || (t.expiresAt && t.expiresAt <= this.clock.now())) return null;
    const principal = await this.principalOf(db, t.userId);
    // Tokens serve other systems: the one-time-password rule is about people signing in, and a
    // reset of the issuing account's password does not stop the system using its token.
    return principal && { ...principal, mustChangePassword: false };
  }

  async createApiToken(db: Tx, userId: string, name: string, expiresAt: Date | null): Promise<{ id: string; token: string }> {
    const token = `gk_${randomBytes(32).toString('base64url')}`;
    const row = await db.apiToken.create({ data: { userId, name, tokenHash: sha256(token), expiresAt } });
    return { id: row.id, token };
  }

  /** Organisations by id (plugins validate ids they are given and show names): active or not. */
  async organizations(db: Tx | Db, ids: readonly string[]): Promise<{ id: string; divisionCode: string; code: string; name: string; active: boolean }[]> {
    const wanted = [...new Set(ids)].filter((id) => typeof id === 'string' && id.length > 0 && id.length <= 64);
    if (wanted.length === 0) return [];
    // Prepared: plugins check the organisation of nearly every mutation.
    return sqlOf(db).rows(ORGANIZATIONS_BY_ID, [wanted]);
  }

  /** Divisions by code (plugins show names in reports and pages). */
  async divisions(db: Tx, codes: readonly string[]): Promise<{ code: string; name: string }[]> {
    const wanted = [...new Set(codes)].filter((c) => typeof c === 'string' && /^\d{2,12}$/.test(c));
    if (wanted.length === 0) return [];
    return db.division.findMany({ where: { code: { in: wanted } }, select: { code: true, name: true } });
  }

  async principalOf(db: Tx | Db, userId: string): Promise<Principal | null> {
    const [row] = await sqlOf(db).rows<PrincipalRow>(PRINCIPAL_BY_USER, [userId]);
    return row ? principalFromRow(row) : null;
  }
}
