/** Command-line arguments through Node's util.parseArgs, with the project's own wording of every mistake. */
import { describe, expect, it } from 'vitest';
import { integerOption, parseArgs, single } from '../../sim/cli/args';

const KNOWN = { seed: true, set: true, out: true, resume: false, help: false };
const refusal = (argv: string[]) => {
  try {
    parseArgs(argv, KNOWN);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

describe('command-line arguments', () => {
  it('reads values after a space or an equals sign, repeated options, short forms and positionals (after -- too)', () => {
    const args = parseArgs(['a.json', '-o', 'out.csv', '--set', 'x=1', '--set=y=-2', '--seed=7', '--resume', '--', '-odd.json'], KNOWN);
    expect(args.positionals).toEqual(['a.json', '-odd.json']);
    expect(args.options.get('set')).toEqual(['x=1', 'y=-2']);
    expect(single(args, 'out')).toBe('out.csv');
    expect(integerOption(args, 'seed', 0, 100)).toBe(7);
    expect(args.options.has('resume')).toBe(true);
    expect(args.options.has('help')).toBe(false);
  });

  it('names each mistake with the command’s options, and never reads a switch’s value as on', () => {
    expect(refusal(['--resume=false'])).toBe('option --resume takes no value (received "false"); give --resume alone, or leave it out');
    expect(refusal(['--frobnicate'])).toBe('unknown option --frobnicate (options: --seed, --set, --out, --resume, --help, -o, -h)');
    expect(refusal(['-x'])).toMatch(/^unknown option -x \(options: /);
    expect(refusal(['--seed'])).toBe('option --seed needs a value');
    expect(refusal(['-o'])).toBe('option --out needs a value');
    expect(refusal(['-o=f.csv'])).toBe('option -o takes its value after a space (-o f.csv) or as --out=f.csv');
    // A value may start with a dash (a negative number), as it always could; its own check then judges it.
    expect(() => integerOption(parseArgs(['--seed', '-5'], KNOWN), 'seed', 0, 10)).toThrow('--seed: expected an integer from 0 to 10, received "-5"');
    expect(() => single(parseArgs(['--out', 'a', '--out', 'b'], KNOWN), 'out')).toThrow('option --out given 2 times; give it once');
    expect(() => integerOption(parseArgs(['--seed', '1.5'], KNOWN), 'seed', 0, 10)).toThrow(/expected an integer from 0 to 10/);
  });
});
