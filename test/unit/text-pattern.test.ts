import assert from 'node:assert/strict';
import { test } from 'node:test';
import misused from '../../data/misused-words.json';
import outdated from '../../data/outdated-phrasing.json';
import placeholders from '../../data/placeholders.json';
import { builtinPattern, userPattern } from '../../engine/text-pattern';

function compiled(source: string) {
  const p = userPattern(source);
  assert.ok(!('problem' in p), `${source}: ${'problem' in p ? p.problem : ''}`);
  return p;
}

/**
 * safe-regex-style vetting of a JS pattern: repetitions nested in repetitions (star height > 1, the
 * shape of (a+)+) can backtrack exponentially; an unbounded repetition inside a lookbehind is
 * re-scanned at every position. `?` does not count: it cannot multiply paths.
 */
function backtrackingRisk(source: string): string | undefined {
  const groups: { height: number; lookbehind: boolean }[] = [{ height: 0, lookbehind: false }];
  const repeatAt = (i: number): 'none' | 'bounded' | 'unbounded' => {
    const q = /^(?:[*+]|\{(\d+)(,(\d*))?\})/.exec(source.slice(i));
    if (!q) return 'none';
    if (q[0] === '*' || q[0] === '+' || (q[2] && !q[3])) return 'unbounded';
    return Number(q[3] ?? q[1]) > 1 ? 'bounded' : 'none';
  };
  const atom = (height: number, after: number) => {
    const repeat = repeatAt(after);
    if (repeat === 'unbounded' && groups.some((g) => g.lookbehind)) throw new Error('unbounded repetition inside a lookbehind');
    const top = groups[groups.length - 1];
    top.height = Math.max(top.height, height + (repeat === 'none' ? 0 : 1));
  };
  try {
    for (let i = 0; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') {
        const braced = /^[upP]\{[^}]*\}/.exec(source.slice(i + 1));
        i += braced ? braced[0].length : 1;
        atom(0, i + 1);
      } else if (c === '[') {
        while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
        atom(0, i + 1);
      } else if (c === '(') {
        groups.push({ height: 0, lookbehind: source.startsWith('(?<=', i) || source.startsWith('(?<!', i) });
      } else if (c === ')') {
        atom(groups.pop()!.height, i + 1);
      } else if (!'*+?{}|^$'.includes(c)) {
        atom(0, i + 1);
      }
    }
  } catch (error) {
    return (error as Error).message;
  }
  return groups[0].height > 1 ? `repetition nested ${groups[0].height} deep` : undefined;
}

test('the vetting check itself catches the classic shapes', () => {
  assert.equal(backtrackingRisk('(a+)+$'), 'repetition nested 2 deep');
  assert.equal(backtrackingRisk('(?:x*y){2,}'), 'repetition nested 2 deep');
  assert.equal(backtrackingRisk('(?<=a+)b'), 'unbounded repetition inside a lookbehind');
  assert.equal(backtrackingRisk('(?<=[^。]{0,4})b(?:c|d)?\\p{Script=Han}+'), undefined);
});

test('every built-in data pattern compiles on RE2 (same matches on its examples) or is vetted safe for JS', () => {
  const all: { source: string; texts: string[] }[] = [
    ...outdated.entries
      .filter((e) => 'pattern' in e && e.pattern)
      .map((e) => ({ source: (e as { pattern: string }).pattern, texts: [...(e.examples?.bad ?? []), ...(e.examples?.good ?? [])] })),
    ...misused.entries.flatMap((e) =>
      (['followedBy', 'notFollowedBy', 'precededBy', 'notPrecededBy'] as const)
        .map((k) => (e as Record<string, unknown>)[k])
        .filter((s): s is string => typeof s === 'string')
        .map((source) => ({ source, texts: [...(e.examples?.bad ?? []), ...(e.examples?.good ?? [])] })),
    ),
    ...placeholders.entries.flatMap((e) =>
      [e.pattern, e.needs].map((source) => ({ source, texts: [...e.examples.bad, ...e.examples.good] })),
    ),
  ];
  assert.ok(all.length > 20, `${all.length} patterns`);
  let onRe2 = 0;
  for (const { source, texts } of all) {
    const re2 = userPattern(source);
    if ('problem' in re2) {
      assert.equal(backtrackingRisk(source), undefined, `${source} runs on JS RegExp, so it must be vetted`);
      continue;
    }
    onRe2++;
    const js = builtinPattern(source);
    for (const text of texts) assert.deepEqual([...re2.matchAll(text)], [...js.matchAll(text)], `${source} on ${text}`);
  }
  assert.ok(onRe2 > all.length / 2, `${onRe2} of ${all.length} on RE2`);
});

test('what has no linear-time implementation is refused with a reason', () => {
  for (const source of ['(a)\\1', '(?<y>年)\\k<y>', '(?=工作)工', '(?<=市)政府', '(?<!省)政府', '[^]']) {
    const p = userPattern(source);
    assert.ok('problem' in p, source);
    assert.match(p.problem, /^不能用于规则包（规则包的正则表达式按 RE2 语法逐字执行，不支持反向引用和前后断言）：/);
  }
});

test('a pattern too complex to run fast is refused', () => {
  const p = userPattern('(?:(?:.*){1,30}){1,30}落实');
  assert.ok('problem' in p);
  assert.match(p.problem, /^过于复杂（RE2 程序 \d+ 条指令，上限 500）/);
});

test('catastrophic-backtracking patterns run in linear time on RE2', () => {
  const text = 'a'.repeat(300_000) + '!';
  for (const source of ['(a+)+$', '(a|aa)+$', '(a*)*b', '(?:a+){2,10}$']) {
    const started = Date.now();
    assert.deepEqual([...compiled(source).matchAll(text)], [], source);
    assert.ok(Date.now() - started < 5000, `${source} took ${Date.now() - started} ms`);
  }
});

test('JS syntax keeps its JS meaning on RE2', () => {
  assert.deepEqual([...compiled('[\\u4e00-\\u9fa5]{2}局').matchAll('go市财政局办事')], [[3, '财政局']]);
  assert.deepEqual([...compiled('\\p{Script=Han}{2}\\u{3000}').matchAll('ab工作\u3000')], [[2, '工作\u3000']]);
  assert.equal(compiled('工作\\s+报告').test('工作\u3000报告'), true, '\\s includes the ideographic space');
  assert.equal(compiled('工作[\\s]报告').test('工作\u3000报告'), true);
  assert.equal(compiled('工作\\S报告').test('工作\u3000报告'), false);
  assert.equal(compiled('工作.报告').test('工作\r报告'), false, '. does not match a line break');
  assert.equal(compiled('工作.报告').test('工作总报告'), true);
  assert.equal(compiled('\\\\u0041').test('\\u0041'), true, 'an escaped backslash is not a \\u escape');
  assert.deepEqual(
    [...compiled('𠀀(.)').matchAll('x𠀀y𠀀z')],
    [
      [1, '𠀀y'],
      [4, '𠀀z'],
    ],
    'offsets in UTF-16 units',
  );
});

test('replaceAt fills groups as String.replace does', () => {
  assert.equal(compiled('市政发\\[(\\d{4})\\]').replaceAt('依市政发[2026]', 1, '市政发[2026]', '市政发〔$1〕'), '市政发〔2026〕');
  assert.equal(compiled('(?<y>\\d{4})年').replaceAt('2026年', 0, '2026年', '$<y>/$&/$$'), '2026/2026年/$');
});

test('a built-in pattern fills in with its lookarounds seeing the whole text', () => {
  const brackets = builtinPattern('\\[(20\\d{2})\\](?=\\d{1,4}号)');
  assert.equal(brackets.replaceAt('市政发[2026]3号', 3, '[2026]', '〔$1〕'), '〔2026〕');
  const after = builtinPattern('(?<=驻)(\\S{2})纪检组');
  assert.equal(after.replaceAt('派驻某局纪检组', 2, '某局纪检组', '$1纪检监察组'), '某局纪检监察组');
});
