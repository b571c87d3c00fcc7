// `node --import tsx scripts/build-gazetteer.ts [--force] [--verbose]`, run by our `prepare`
// script on `npm ci`: compiles GeoNames cities500, GeoNames admin names and data/places*.json
// into node_modules/.cache/corroborate/, which the runtime loads in well under a second.
// Re-running with unchanged inputs does nothing.
import { existsSync } from 'node:fs';
import { fingerprintSources, placeSources } from '../src/gazetteer/compile-places.ts';
import { cachePath, compilePlaceStore, writeStore } from '../src/gazetteer/place-index.ts';
import { scriptOptions } from './options.ts';

const opts = scriptOptions('gazetteer', { force: 'boolean', verbose: 'boolean' }, 'node --import tsx scripts/build-gazetteer.ts [--force] [--verbose]');
const force = opts.force === true;
const verbose = opts.verbose === true;
const t0 = performance.now();
const sources = placeSources();
const path = cachePath(fingerprintSources(sources));
if (!force && existsSync(path)) {
  process.stdout.write(`gazetteer: up to date (${path})\n`);
} else {
  const { store, report } = compilePlaceStore(sources);
  const problem = writeStore(path, store);
  if (problem) {
    process.stderr.write(`gazetteer: ${problem}\n`);
    process.exitCode = 1;
  }
  for (const line of verbose ? report : report.filter((l) => !l.startsWith('admin1 '))) process.stdout.write(`gazetteer: ${line}\n`);
  process.stdout.write(`gazetteer: wrote ${path} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}
