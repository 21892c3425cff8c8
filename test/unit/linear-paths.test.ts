import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, parseReport, sharedSegmenter } from '../../engine';
import type { Finding, Segmenter } from '../../engine';
import { LiteralIndex } from '../../engine/literal-index';
import { mentionTimes } from '../../engine/period';
import { suppress } from '../../engine/suppression';
import { random } from '../helpers/random';

// The engine's formerly quadratic paths (bench/growth.mjs times them; docs/benchmark.md has the table)
// were rewritten to be linear. These tests pin what must not change while doing so — the same answers
// as the straightforward algorithms — and count work where counting shows the growth.

const pick = <T>(next: () => number, xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
const soup = (next: () => number, pieces: readonly string[], count: number) =>
  Array.from({ length: count }, () => pick(next, pieces)).join('');

test('LiteralIndex finds every occurrence, overlapping ones too, of phrases sharing their beginnings', () => {
  for (let seed = 1; seed <= 200; seed++) {
    const next = random(seed);
    const phrases = Array.from({ length: 1 + Math.floor(next() * 8) }, () =>
      soup(next, ['的', '地', '规', '定', 'a'], 1 + Math.floor(next() * 4)),
    );
    const owners = phrases.map((p, i) => (i % 3 === 2 ? [p, phrases[0]] : [p]));
    const text = soup(next, ['的', '地', '规', '定', 'a', '，'], 60);
    const expected = new Map<number, [number, string][]>();
    for (let at = 0; at < text.length; at++) {
      owners.forEach((list, owner) => {
        for (const phrase of list) {
          if (!text.startsWith(phrase, at)) continue;
          expected.set(owner, [...(expected.get(owner) ?? []), [at, phrase]]);
        }
      });
    }
    const sortPlaces = (m: Map<number, [number, string][]>) =>
      [...m]
        .map(([o, places]) => [o, [...places].sort((a, b) => a[0] - b[0] || b[1].length - a[1].length)] as const)
        .sort((a, b) => a[0] - b[0]);
    assert.deepEqual(sortPlaces(new LiteralIndex(owners).find(text)), sortPlaces(expected), `seed ${seed}`);
  }
});

/** The suppression rules as first written: a scan of every region and every ignore occurrence per finding. */
function naiveSuppress(findings: Finding[], text: string, ignore: { rule?: string; text: string }[]): Finding[] {
  const regions: { from: number; to: number; rules: string[] | 'all' }[] = [];
  const lines = parseReport(text, 'plaintext', sharedSegmenter()).lines;
  const open = new Map<string, number>();
  for (const m of text.matchAll(/<!--\s*gongwen-(disable-next-line|disable|enable)\b([^>]*?)-->/g)) {
    const names = m[2].split(/[\s,，]+/).filter(Boolean);
    const rules = names.length ? names : 'all';
    const end = m.index! + m[0].length;
    if (m[1] === 'disable-next-line') {
      let next = lines.positionAt(end).line + 1;
      while (next < lines.lineCount && !text.slice(lines.lineStart(next), lines.lineEnd(next)).trim()) next++;
      if (next < lines.lineCount) regions.push({ from: lines.lineStart(next), to: lines.lineEnd(next) + 1, rules });
    } else if (m[1] === 'disable') {
      for (const r of names.length ? names : ['*']) if (!open.has(r)) open.set(r, end);
    } else {
      for (const r of names.length ? names : [...open.keys()]) {
        const from = open.get(r);
        if (from === undefined) continue;
        regions.push({ from, to: m.index!, rules: r === '*' ? 'all' : [r] });
        open.delete(r);
      }
    }
  }
  for (const [r, from] of open) regions.push({ from, to: text.length, rules: r === '*' ? 'all' : [r] });
  const covers = (phrase: string, f: Finding) => {
    for (let i = text.indexOf(phrase); phrase && i >= 0; i = text.indexOf(phrase, i + 1)) {
      if (i <= f.offset && i + phrase.length >= f.offset + f.length) return true;
    }
    return false;
  };
  return findings.filter(
    (f) =>
      !regions.some((r) => f.offset >= r.from && f.offset < r.to && (r.rules === 'all' || r.rules.includes(f.rule))) &&
      !ignore.some((i) => (!i.rule || i.rule === f.rule) && covers(i.text, f)),
  );
}

test('suppression by directives and ignore phrases gives the same answer as scanning every entry per finding', () => {
  const pieces = [
    'XX局',
    '规定规定',
    '，',
    '\n',
    '\n\n',
    '<!-- gongwen-disable-next-line placeholder -->',
    '<!-- gongwen-disable -->',
    '<!-- gongwen-enable -->',
    '<!-- gongwen-disable duplicate-word -->',
    '<!-- gongwen-enable duplicate-word -->',
    '<!-- gongwen-disable ',
    '<!-- gongwen-enable',
    '>',
    '-->',
    '某某',
    '研究',
  ];
  const phrases = ['XX', 'XX局', '规定', '规定规定', '局规', '某某', '研究'];
  for (let seed = 1; seed <= 150; seed++) {
    const next = random(seed);
    const text = soup(next, pieces, 30);
    const ignore = Array.from({ length: Math.floor(next() * 4) }, () => ({
      text: pick(next, phrases),
      ...(next() < 0.5 ? { rule: pick(next, ['placeholder', 'duplicate-word']) } : {}),
    }));
    const model = parseReport(text, 'plaintext', sharedSegmenter());
    const raw = [...check(text, { referenceDate: '2026-11-23' }), ...syntheticFindings(text, next)];
    assert.deepEqual(suppress(raw, model, ignore), naiveSuppress(raw, text, ignore), `seed ${seed}: ${JSON.stringify(text)}`);
  }
});

/** Findings at random places for rules the directives name, so regions and ignore spans are exercised. */
function syntheticFindings(text: string, next: () => number): Finding[] {
  return Array.from({ length: 12 }, () => {
    const offset = Math.floor(next() * text.length);
    const length = Math.floor(next() * Math.min(4, text.length - offset + 1));
    const rule = pick(next, ['placeholder', 'duplicate-word', 'punctuation']);
    return {
      rule,
      severity: 'warning',
      message: '',
      offset,
      length,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      text: text.slice(offset, offset + length),
      fixes: [],
    };
  });
}

test('unclosed marker comments: only closed <!-- gongwen … --> are blanked, as the regular expression did', () => {
  const pieces = ['<!-- gongwen', '<!--gongwen-x', '-->', '--', '>', '中文', '\n', ' '];
  for (let seed = 1; seed <= 200; seed++) {
    const text = soup(random(seed), pieces, 25);
    const expected = text.replace(/<!--\s*gongwen[\s\S]*?-->/g, (m) => m.replace(/[^\r\n]/g, ' '));
    assert.equal(parseReport(text, 'plaintext', sharedSegmenter()).prose, expected, `seed ${seed}: ${JSON.stringify(text)}`);
  }
});

test('unpaired marks: each closer matches the innermost open mark of its kind, closing what it encloses', () => {
  const unpaired = (text: string) =>
    check(text, { referenceDate: '2026-11-23' })
      .filter((f) => f.rule === 'punctuation' && /没有配对/.test(f.message))
      .map((f) => f.offset);
  // The straightforward stack walk, as the oracle.
  const naive = (text: string) => {
    const pairs: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）' };
    const closers = new Map(Object.entries(pairs).map(([o, c]) => [c, o]));
    const open: { mark: string; at: number }[] = [];
    const lonely: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (pairs[c]) open.push({ mark: c, at: i });
      else if (closers.has(c)) {
        let match = open.length - 1;
        while (match >= 0 && open[match].mark !== closers.get(c)) match--;
        if (match >= 0) open.length = match;
        else lonely.push(i);
      }
    }
    return [...open.map((o) => o.at), ...lonely].sort((a, b) => a - b);
  };
  for (let seed = 1; seed <= 300; seed++) {
    const text = '中' + soup(random(seed), ['“', '”', '‘', '’', '《', '》', '（', '）', '文'], 24);
    assert.deepEqual(unpaired(text), naive(text), `seed ${seed}: ${text}`);
  }
});

test('nested half-width brackets: each pair is judged by the Han text inside it, as before', () => {
  const pairs = (text: string) =>
    check(text, { referenceDate: '2026-11-23' })
      .filter((f) => f.rule === 'punctuation' && /全角括号/.test(f.message))
      .map((f) => [f.offset, f.length]);
  assert.deepEqual(pairs('关于((((中))))的报告'), [
    [2, 9],
    [3, 7],
    [4, 5],
    [5, 3],
  ]);
  assert.deepEqual(pairs('学习(中(x))和'), [
    [2, 6],
    [4, 3],
  ]); // (x) sits next to Chinese
  assert.deepEqual(pairs('学习(𠀀)文'), [[2, 4]]); // a Han character outside the BMP counts
  assert.deepEqual(pairs('abc((x))'), []);
});

/** Counts the characters the segmenter is asked to cut. */
function countingSegmenter(): Segmenter & { chars: number; calls: number } {
  const inner = sharedSegmenter();
  const counter = {
    name: inner.name,
    chars: 0,
    calls: 0,
    cut(text: string, hmm?: boolean) {
      counter.chars += text.length;
      counter.calls++;
      return inner.cut(text, hmm);
    },
  };
  return counter;
}

test('a long run without punctuation is segmented in shared windows: work per character stays small and flat', () => {
  const work = (n: number) => {
    const segmenter = countingSegmenter();
    check('的'.repeat(n), { referenceDate: '2026-11-23', segmenter });
    return segmenter;
  };
  const small = work(4_000);
  const large = work(16_000);
  // Once per match (2 characters) a 120-character window was cut: 60 characters cut per character of text.
  assert.ok(large.chars / 16_000 < 8, `characters cut per character: ${large.chars / 16_000}`);
  assert.ok(large.chars <= 4.4 * small.chars, `4× the text, ${(large.chars / small.chars).toFixed(2)}× the cutting`);
});

test('150,000 findings of one rule are returned, not a stack overflow', () => {
  const findings = check(`${'）'.repeat(150_000)}中`, { referenceDate: '2026-11-23' });
  assert.equal(findings.filter((f) => f.rule === 'punctuation').length, 150_000);
});

test('each mention takes the period of its own section among many (the section is found by binary search)', () => {
  const numbers = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
  const years = numbers.map((_, i) => 2000 + i);
  const text =
    '深入开展党纪学习教育。\n' +
    numbers.map((n, i) => `${n}、${years[i]}年工作\n（一）党建工作\n深入开展党纪学习教育。\n（二）业务工作\n推进各项工作。\n`).join('');
  const model = parseReport(text, 'plaintext', sharedSegmenter());
  const timeOf = mentionTimes(model.prose, model.structure(), '2026-11-23');
  const mentions = [...model.prose.matchAll(/党纪学习教育/g)].map((m) => timeOf(m.index!, m[0].length));
  assert.equal(mentions[0].basis, 'unmarked', 'before the first heading no section applies');
  assert.deepEqual(
    mentions.slice(1).map((t) => [t.basis, t.cue]),
    years.map((y) => ['heading', `${y}年`]),
  );
});
