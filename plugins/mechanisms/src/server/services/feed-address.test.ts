import { describe, expect, it } from 'vitest';
import { addressAllowed, feedPolicyFromEnv, nonPublicRange, refusedUrl } from './feed-address';

describe('nonPublicRange', () => {
  it.each([
    ['127.0.0.1', 'loopback'], ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'], ['172.16.0.1', 'private'], ['172.31.255.254', 'private'], ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'], // cloud metadata (AWS, Azure, GCP, Tencent …)
    ['100.100.100.200', 'carrierGradeNat'], // Alibaba Cloud metadata
    ['100.64.0.1', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'], ['239.255.255.250', 'multicast'],
    ['0.0.0.0', 'unspecified'], ['255.255.255.255', 'broadcast'], ['192.0.2.10', 'reserved'], ['240.0.0.1', 'reserved'],
    ['::1', 'loopback'], ['::', 'unspecified'], ['fe80::1', 'linkLocal'], ['fc00::1', 'uniqueLocal'],
    ['fd00:ec2::254', 'uniqueLocal'], // AWS metadata over IPv6
    ['ff02::1', 'multicast'],
    // IPv4 carried in IPv6 is judged by the IPv4 address.
    ['::ffff:127.0.0.1', 'loopback'], ['::ffff:7f00:1', 'loopback'], ['::ffff:169.254.169.254', 'linkLocal'], ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::a00:1', 'private'], ['64:ff9b::7f00:1', 'loopback'],
    // Not global unicast IPv6, or tunnels that can reach anywhere.
    ['::7f00:1', 'reserved'], ['2002:7f00:1::1', '6to4'], ['2001:db8::1', 'reserved'],
    ['not-an-address', 'invalid'],
  ])('%s is %s', (address, range) => {
    expect(nonPublicRange(address)).toBe(range);
  });

  it.each(['114.114.114.114', '202.97.224.68', '8.8.8.8', '2400:3200::1', '240e:1::1', '::ffff:114.114.114.114', '64:ff9b::7272:7272'])('%s is public', (address) => {
    expect(nonPublicRange(address)).toBeNull();
  });
});

describe('feed address policy', () => {
  it('allows public addresses only by default', () => {
    const p = feedPolicyFromEnv({});
    expect(addressAllowed(p, 'news.example.cn', '114.114.114.114')).toBe(true);
    expect(addressAllowed(p, 'news.example.cn', '10.0.0.8')).toBe(false);
    expect(addressAllowed(p, 'localhost', '::1')).toBe(false);
    expect(addressAllowed(p, 'x', '::ffff:192.168.0.1')).toBe(false);
  });

  it('allows everything with GONGKAI_FEED_ALLOW_PRIVATE=1, and only that value', () => {
    expect(addressAllowed(feedPolicyFromEnv({ GONGKAI_FEED_ALLOW_PRIVATE: '1' }), 'localhost', '127.0.0.1')).toBe(true);
    expect(addressAllowed(feedPolicyFromEnv({ GONGKAI_FEED_ALLOW_PRIVATE: 'yes' }), 'localhost', '127.0.0.1')).toBe(false);
  });

  it('allows listed host names whatever they resolve to, and listed addresses and ranges', () => {
    const p = feedPolicyFromEnv({ GONGKAI_FEED_ALLOW_HOSTS: ' Feeds.Intranet.gov.cn , 10.20.0.0/16, 192.168.3.7, fd12::/16 ,' });
    expect(p.hosts).toEqual(['feeds.intranet.gov.cn']);
    expect(addressAllowed(p, 'feeds.intranet.gov.cn', '172.16.9.9')).toBe(true);
    expect(addressAllowed(p, 'FEEDS.intranet.gov.cn.', '172.16.9.9')).toBe(true);
    expect(addressAllowed(p, 'other.gov.cn', '172.16.9.9')).toBe(false);
    expect(addressAllowed(p, 'a', '10.20.5.1')).toBe(true);
    expect(addressAllowed(p, 'a', '::ffff:10.20.5.1')).toBe(true);
    expect(addressAllowed(p, 'a', '10.21.0.1')).toBe(false);
    expect(addressAllowed(p, 'a', '192.168.3.7')).toBe(true);
    expect(addressAllowed(p, 'a', '192.168.3.8')).toBe(false);
    expect(addressAllowed(p, 'a', 'fd12:1::5')).toBe(true);
    expect(addressAllowed(p, 'a', '127.0.0.1')).toBe(false);
  });

  it('refuses a malformed range in the setting instead of ignoring it', () => {
    expect(() => feedPolicyFromEnv({ GONGKAI_FEED_ALLOW_HOSTS: '10.0.0.0/99' })).toThrow(/GONGKAI_FEED_ALLOW_HOSTS/);
  });
});

describe('refusedUrl', () => {
  it('refuses IP literals and localhost names outside the policy, and leaves other names to fetch time', () => {
    const p = feedPolicyFromEnv({});
    expect(refusedUrl(p, 'http://127.0.0.1:8080/rss')).toBe('loopback');
    expect(refusedUrl(p, 'http://[::1]/rss')).toBe('loopback');
    expect(refusedUrl(p, 'http://[::ffff:169.254.169.254]/')).toBe('linkLocal');
    expect(refusedUrl(p, 'https://LOCALHOST/rss')).toBe('loopback');
    expect(refusedUrl(p, 'https://feeds.localhost/rss')).toBe('loopback');
    expect(refusedUrl(p, 'https://www.gov.cn/rss.xml')).toBeNull();
    expect(refusedUrl(p, 'http://114.114.114.114/rss')).toBeNull();
    expect(refusedUrl(feedPolicyFromEnv({ GONGKAI_FEED_ALLOW_HOSTS: 'localhost' }), 'http://localhost/rss')).toBeNull();
    expect(refusedUrl(feedPolicyFromEnv({ GONGKAI_FEED_ALLOW_PRIVATE: '1' }), 'http://10.0.0.1/rss')).toBeNull();
  });
});
