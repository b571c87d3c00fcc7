// The command-line options of the dev scripts (training, halves, experiments), read with
// node:util's parseArgs: `--name VALUE` strings and bare `--flag` switches, nothing positional.
// An unknown option, a missing value or a stray argument ends the script with one line naming
// the script and the problem, and exit code 1.

import { parseArgs } from 'node:util';

type Spec = Record<string, 'string' | 'boolean'>;
type Values<S extends Spec> = { [K in keyof S]?: S[K] extends 'boolean' ? boolean : string };

export function fail(script: string, message: string): never {
  process.stderr.write(`${script}: ${message}\n`);
  process.exit(1);
}

export function scriptOptions<S extends Spec>(script: string, spec: S, usage: string, argv: string[] = process.argv.slice(2)): Values<S> {
  const options = Object.fromEntries(Object.entries(spec).map(([name, type]) => [name, { type }]));
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values as Values<S>;
  } catch (e) {
    fail(script, `${(e as Error).message} (usage: ${usage})`);
  }
}
