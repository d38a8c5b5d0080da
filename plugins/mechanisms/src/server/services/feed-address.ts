// Which addresses an opinion feed may be fetched from. Feed URLs are typed in by division staff, so
// the server must not become a way into its own network (SSRF): only public unicast addresses are
// allowed, classified with ipaddr.js (maintained, named IANA special-purpose ranges), unless the
// server's operator allows more in the environment:
//   GONGKAI_FEED_ALLOW_PRIVATE=1      any address (a closed intranet deployment; the tests)
//   GONGKAI_FEED_ALLOW_HOSTS=a,b,…    host names (exact, any address they resolve to) and IP
//                                     addresses or CIDR ranges (matched against resolved addresses)
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

export interface FeedAddressPolicy {
  allowPrivate: boolean;
  /** Lower-case host names allowed whatever they resolve to. */
  hosts: readonly string[];
  /** Address ranges allowed although not public. */
  ranges: readonly [Address, number][];
}

export const FEED_ALLOW_PRIVATE_ENV = 'GONGKAI_FEED_ALLOW_PRIVATE';
export const FEED_ALLOW_HOSTS_ENV = 'GONGKAI_FEED_ALLOW_HOSTS';

/** The policy from the environment (read at each fetch, so an operator's change needs no restart of the code path). */
export function feedPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): FeedAddressPolicy {
  const hosts: string[] = [];
  const ranges: [Address, number][] = [];
  for (const raw of (env[FEED_ALLOW_HOSTS_ENV] ?? '').split(',')) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry.includes('/')) {
      try { ranges.push(ipaddr.parseCIDR(entry)); } catch { throw new Error(`${FEED_ALLOW_HOSTS_ENV}: "${raw.trim()}" is not an IP range`); }
    } else if (ipaddr.isValid(stripBrackets(entry))) {
      const a = ipaddr.parse(stripBrackets(entry));
      ranges.push([a, a.kind() === 'ipv4' ? 32 : 128]);
    } else {
      hosts.push(entry.replace(/\.$/, ''));
    }
  }
  return { allowPrivate: env[FEED_ALLOW_PRIVATE_ENV] === '1', hosts, ranges };
}

const stripBrackets = (h: string) => (h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h);

/** Global unicast IPv6 space (2000::/3): everything outside it is special-purpose or unallocated. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');
/** NAT64 well-known prefix (RFC 6052): the IPv4 address is in the last 32 bits. */
const NAT64 = ipaddr.parseCIDR('64:ff9b::/96');

/**
 * Why an address is not a public unicast one ('loopback', 'private', 'linkLocal',
 * 'carrierGradeNat', 'multicast', 'uniqueLocal', …), or null when it is public. IPv4-mapped
 * (::ffff:a.b.c.d), IPv4-translated and NAT64 addresses are judged by the IPv4 address they carry.
 */
export function nonPublicRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'invalid';
  let a: Address = ipaddr.parse(address);
  if (a.kind() === 'ipv6') {
    const v6 = a as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) a = v6.toIPv4Address();
    else if (v6.range() === 'rfc6145' || v6.match(NAT64)) a = ipaddr.fromByteArray(v6.toByteArray().slice(12)) as ipaddr.IPv4;
  }
  const range = a.range();
  if (range !== 'unicast') return range;
  if (a.kind() === 'ipv6' && !(a as ipaddr.IPv6).match(GLOBAL_UNICAST_V6)) return 'reserved';
  return null;
}

/** May a feed be fetched from `address`, which `hostname` (the URL's host) resolved to? */
export function addressAllowed(policy: FeedAddressPolicy, hostname: string, address: string): boolean {
  if (policy.allowPrivate) return true;
  if (nonPublicRange(address) === null) return true;
  if (policy.hosts.includes(stripBrackets(hostname).toLowerCase().replace(/\.$/, ''))) return true;
  if (!ipaddr.isValid(address)) return false;
  const a = ipaddr.process(address);
  return policy.ranges.some(([net, bits]) => net.kind() === a.kind() && a.match(net, bits));
}

/** The host of a URL as given to DNS or to connect ('[::1]' → '::1'). */
export const hostOf = (url: URL): string => stripBrackets(url.hostname);

/**
 * A refusal known from the URL alone (an IP literal, or a `localhost` name, RFC 6761), for early
 * feedback when a source is saved; names are checked when they are resolved at fetch time.
 */
export function refusedUrl(policy: FeedAddressPolicy, url: string): string | null {
  let u: URL;
  try { u = new URL(url); } catch { return null; }
  const host = hostOf(u).toLowerCase();
  const probe = isIP(host) ? host : host === 'localhost' || host.endsWith('.localhost') ? '127.0.0.1' : null;
  if (probe === null || addressAllowed(policy, host, probe)) return null;
  return nonPublicRange(probe);
}
