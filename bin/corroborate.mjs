#!/usr/bin/env -S node --max-semi-space-size=64
// Runs the TypeScript sources directly through tsx, so a checkout works after `npm ci`. The
// shebang gives V8 a 64 MB young-generation semi-space: analysis makes ~100 KB of short-lived
// objects per article, and fewer scavenges cut CPU per article (docs/benchmarks.md, session 7);
// `npm run bench` reads its flags from this line.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
