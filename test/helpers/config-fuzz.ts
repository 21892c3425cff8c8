/**
 * Generated workspace configs for fuzz tests: random JSON/YAML, deep nesting, alias bombs, ReDoS and
 * non-linear patterns, truncated and garbled valid configs. Seeded, so a failure can be replayed.
 */
import { random } from './random';

export interface FuzzConfig {
  name: '.gongwen.json' | '.gongwen.yaml';
  text: string;
  /** The config cannot be used as a whole or has a refused part: at least one problem is expected. */
  refused: boolean;
  kind: string;
}

/** Patterns that backtrack catastrophically on JS RegExp; RE2 runs them in linear time. */
export const REDOS = [
  '(a+)+$',
  '(a|aa)+$',
  '(a*)*b',
  '([a-z]+)*$',
  '(\\w+\\s?)+$',
  '(.*a){12}',
  '(?:a+){2,10}$',
  '(x+x+)+y',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
];
/** Patterns RE2 refuses (no linear-time implementation) or that are too big: always a problem. */
export const REFUSED = ['(a)\\1', '(?=a)a', '(?<=市)政府', '(?<!a)b', '(?<n>x)\\k<n>', '((a{100}){100}){100}', '[', '(a'];

/** Globs minimatch alone would hang or explode on: a backtracking extglob, huge brace expansions. */
const HOSTILE_GLOBS = [`${'+(a|a)'.repeat(12)}b`, '{1..1000000}', '{a,b}'.repeat(20), '{a,{b,{c,d}}}'];

const KEYS = [
  'rules',
  'ignore',
  'ignoreFiles',
  'reportType',
  'outdatedPhrasing',
  'misusedWords',
  'parts',
  'reportTypes',
  '$schema',
  'x',
  '__proto__',
  'constructor',
];
const STRINGS = [
  '',
  'off',
  'error',
  'placeholder',
  '某某',
  '(a+)+$',
  '**/*',
  '2026-01-01',
  '\u0000',
  '\uD800',
  '"',
  '\\',
  '&a',
  '*a',
  '- ',
  ': ',
  '#',
  '　',
  'x'.repeat(300),
];

export function fuzzConfigs(seed: number, count: number): FuzzConfig[] {
  const r = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)];
  const int = (n: number) => Math.floor(r() * n);
  const value = (depth: number): unknown => {
    const roll = r();
    if (depth > 4 || roll < 0.35) return pick([pick(STRINGS), int(1e6) - 5e5, r() < 0.5, null, r() * 1e308]);
    if (roll < 0.65) return Array.from({ length: int(5) }, () => value(depth + 1));
    return Object.fromEntries(Array.from({ length: int(5) }, () => [pick(KEYS), value(depth + 1)]));
  };
  const entry = (pattern: string) => ({ id: `p${int(1e6)}`, pattern, new: '新', since: '2020-01-01', reason: 'r', source: 's' });
  const valid = () =>
    JSON.stringify(
      {
        rules: { 'duplicate-word': 'off' },
        ignore: [{ text: '某某' }],
        outdatedPhrasing: [entry('市(旧|老)局')],
        misusedWords: [{ id: 'w', wrong: '综和', right: '综合', safe: true, reason: 'r', source: 's' }],
      },
      null,
      2,
    );
  // Block-style YAML of a value (keys quoted, so random keys stay keys).
  const toYaml = (v: unknown, indent = ''): string => {
    if (Array.isArray(v)) return v.length ? v.map((x) => `\n${indent}- ${toYaml(x, `${indent}  `)}`).join('') : '[]';
    if (v && typeof v === 'object') {
      const entries = Object.entries(v);
      return entries.length ? entries.map(([k, x]) => `\n${indent}${JSON.stringify(k)}: ${toYaml(x, `${indent}  `)}`).join('') : '{}';
    }
    return JSON.stringify(v) ?? 'null';
  };
  const kinds: (() => FuzzConfig)[] = [
    () => ({ name: '.gongwen.json', text: JSON.stringify(value(0)), refused: false, kind: 'random JSON' }),
    () => ({ name: '.gongwen.yaml', text: toYaml(value(0)), refused: false, kind: 'random YAML' }),
    () => {
      const depth = 33 + int(6000);
      const open = pick(['[', '{"a":']);
      return {
        name: '.gongwen.json',
        text: open.repeat(depth) + (open === '[' ? ']' : '1}').repeat(depth),
        refused: true,
        kind: `JSON ${depth} deep`,
      };
    },
    () => {
      const depth = 33 + int(2000);
      return {
        name: '.gongwen.yaml',
        text: Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`)
          .join('\n')
          .slice(0, 900_000),
        refused: true,
        kind: `YAML ${depth} deep`,
      };
    },
    () => {
      const width = 5 + int(20);
      const levels = 4 + int(6);
      const lines = [`l0: &l0 [${Array(width).fill('"lol"').join(', ')}]`];
      for (let i = 1; i < levels; i++)
        lines.push(
          `l${i}: &l${i} [${Array(width)
            .fill(`*l${i - 1}`)
            .join(', ')}]`,
        );
      return { name: '.gongwen.yaml', text: lines.join('\n') + '\n', refused: true, kind: `alias bomb ${width}^${levels}` };
    },
    () => ({
      name: pick(['.gongwen.json', '.gongwen.yaml'] as const),
      text: JSON.stringify({ outdatedPhrasing: Array.from({ length: 1 + int(5) }, () => entry(pick(REDOS))) }),
      refused: false,
      kind: 'ReDoS patterns',
    }),
    () => ({
      name: '.gongwen.json',
      text: JSON.stringify({
        outdatedPhrasing: [entry(pick(REFUSED))],
        misusedWords: [{ id: 'w', wrong: '甲', right: '乙', reason: 'r', source: 's', followedBy: pick(REFUSED) }],
      }),
      refused: true,
      kind: 'refused patterns',
    }),
    () => {
      const text = valid();
      return { name: '.gongwen.json', text: text.slice(0, 1 + int(text.length - 2)), refused: true, kind: 'truncated' };
    },
    () => {
      const chars = [...valid()];
      for (let i = 0; i < 1 + int(8); i++)
        chars.splice(int(chars.length), int(3), pick(['{', '[', '"', ',', ':', '\\', '\u0000', '&', '*', '\n', ' ']));
      return { name: pick(['.gongwen.json', '.gongwen.yaml'] as const), text: chars.join(''), refused: false, kind: 'garbled' };
    },
    () => ({
      name: '.gongwen.json',
      text: `{"ignore": [${'{"text": "某某某"},'.repeat(70_000)}{"text": "x"}]}`,
      refused: true,
      kind: 'over 1 MB',
    }),
    () => {
      const globs = Array.from({ length: 1 + int(3) }, () => pick(HOSTILE_GLOBS));
      return {
        name: '.gongwen.json',
        text: JSON.stringify({ ignoreFiles: globs, ignore: [{ text: '某某', files: globs }] }),
        refused: globs.some((g) => !g.startsWith('+')),
        kind: 'hostile globs',
      };
    },
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]());
}

/** A report with long runs that make backtracking patterns explode, plus findings of built-in rules. */
export const FUZZ_REPORT = `经XXXX研究，执行各项规定规定。\n${'a'.repeat(30_000)}!\n${'x'.repeat(20_000)}\n加强综和治理。\n`;
