// The kernel's CookieJar over @fastify/cookie: HttpOnly unless asked otherwise (the CSRF cookie
// must be readable by the web app), SameSite=Lax, Path=/, Secure when served over HTTPS.
import type {} from '@fastify/cookie';
import type { CookieJar } from '@gongkai/kernel';
import type { FastifyReply, FastifyRequest } from 'fastify';

export function fastifyCookieJar(req: FastifyRequest, reply: FastifyReply, secure: boolean): CookieJar {
  return {
    get: (name) => req.cookies[name],
    set(name, value, options) {
      void reply.setCookie(name, value, {
        path: '/',
        httpOnly: options?.httpOnly ?? true,
        sameSite: 'lax',
        secure,
        ...(options?.maxAgeSeconds !== undefined ? { maxAge: options.maxAgeSeconds } : {}),
      });
    },
    clear(name) {
      void reply.clearCookie(name, { path: '/', sameSite: 'lax', secure });
    },
  };
}
