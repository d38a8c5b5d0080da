import { createHash, randomBytes } from 'node:crypto';
import { sqlOf, type Db, type Tx } from '@gongkai/db';
import type { KernelConfig } from '../config';
import type { Clock } from '../clock';
import { fail } from '../trpc/errors';
import { hashPassword, verifyPassword } from './passwords';
import type { Grant, Principal } from './principal';

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
  async session(db: Tx, token: string): Promise<{ sessionId: string; csrfToken: string; principal: Principal } | null> {
    if (!token || token.length > 200) return null;
    const s = await db.session.findUnique({ where: { id: sha256(token) } });
    if (!s || s.revokedAt || s.expiresAt <= this.clock.now()) return null;
    const principal = await this.principalOf(db, s.userId);
    return principal ? { sessionId: s.id, csrfToken: s.csrfToken, principal } : null;
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

  async principalOf(db: Tx, userId: string): Promise<Principal | null> {
    const user = await db.user.findUnique({
      where: { id: userId },
      include: { grants: { include: { role: true, organization: { select: { divisionCode: true } } } } },
    });
    if (!user || !user.active) return null;
    const grants: Grant[] = user.grants.map((g) => ({
      roleKey: g.role.key, permissions: g.role.permissions, divisionCode: g.divisionCode,
      organizationId: g.organizationId, organizationDivisionCode: g.organization?.divisionCode ?? null,
    }));
    return {
      userId: user.id, kind: user.kind, username: user.username, displayName: user.displayName,
      divisionCode: user.divisionCode, organizationId: user.organizationId, grants, mustChangePassword: user.mustChangePassword,
    };
  }
}
