// The kernel's CookieJar over @fastify/cookie: HttpOnly unless asked otherwise (the CSRF cookie
// must be readable by the web app), SameSite=Lax, Path=/, Secure when served over HTTPS.
// One per tRPC request, so a class: its methods are shared, not three closures per request.
// Cookies are parsed when first read (the plugin is registered with `hook: false`): most requests
// of the public read side carry none and never ask.
import type {} from '@fastify/cookie';
import type { CookieJar } from '@gongkai/kernel';
import type { FastifyReply, FastifyRequest } from 'fastify';

type CookieOptions = Parameters<CookieJar['set']>[2];

/** The request's cookies, parsed on first use. */
export function requestCookies(req: FastifyRequest): Record<string, string | undefined> {
  if (req.cookies) return req.cookies;
  const header = req.headers.cookie;
  req.cookies = header ? req.server.parseCookie(header) : {};
  return req.cookies;
}

class FastifyCookieJar implements CookieJar {
  constructor(private readonly req: FastifyRequest, private readonly reply: FastifyReply, private readonly secure: boolean) {}

  get(name: string): string | undefined {
    return requestCookies(this.req)[name];
  }

  set(name: string, value: string, options?: CookieOptions): void {
    void this.reply.setCookie(name, value, {
      path: '/',
      httpOnly: options?.httpOnly ?? true,
      sameSite: 'lax',
      secure: this.secure,
      ...(options?.maxAgeSeconds !== undefined ? { maxAge: options.maxAgeSeconds } : {}),
    });
  }

  clear(name: string): void {
    void this.reply.clearCookie(name, { path: '/', sameSite: 'lax', secure: this.secure });
  }
}

export function fastifyCookieJar(req: FastifyRequest, reply: FastifyReply, secure: boolean): CookieJar {
  return new FastifyCookieJar(req, reply, secure);
}
