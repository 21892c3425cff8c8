import misusedData from '../data/misused-words.json';
import numeralUsage from '../data/numeral-usage.json';
import outdatedData from '../data/outdated-phrasing.json';
import placeholders from '../data/placeholders.json';
import reduplication from '../data/reduplication.json';
import unitNames from '../data/unit-names.json';
import reportTypesData from '../data/report-types.json';
import terms from '../data/terms.json';
import typoData from '../data/typo.json';
import { check } from './check';
import { complete } from './completion';
import { FORMULATIONS } from './formulations/data';
import { applyEdits } from './fixes';
import { parseReport } from './model';
import { detectType } from './report-types';
import { MisusedEntry, replacementFor, ruleData, UserPack } from './rule-data';
import { sharedSegmenter } from './segmenter';
import type { Finding, Segmenter } from './types';

/** The date the examples are written for. */
export const EXAMPLES_DATE = '2026-11-23';

export interface ExampleResult {
  /** data file or pack section, e.g. outdated-phrasing */
  list: string;
  id: string;
  example: string;
  /** Empty when the example holds. */
  problem: string;
}

/**
 * Checks every entry's examples: each bad example must be found (and fixed to the right form),
 * each good one must not be. With a pack, only the pack's entries are checked, against the
 * built-in data plus the pack; without one, all built-in lists.
 */
export function checkExamples(pack?: UserPack, segmenter: Segmenter = sharedSegmenter()): ExampleResult[] {
  const results: ExampleResult[] = [];
  const run = (text: string, rule: string, date = EXAMPLES_DATE): Finding[] =>
    check(text, { referenceDate: date, pack, segmenter }).filter((f) => f.rule === rule);
  const add = (list: string, id: string, example: string, problem = '') => results.push({ list, id, example, problem });

  const ownOutdated = new Set<unknown>(pack ? pack.outdatedPhrasing : outdatedData.entries);
  for (const compiled of ruleData(pack).outdated.filter((c) => ownOutdated.has(c.entry))) {
    const e = compiled.entry;
    for (const bad of e.examples?.bad ?? []) {
      const found = run(bad, 'outdated-phrasing');
      const wantsFix = e.replace !== false && !!e.new;
      const idle = found.find((f) => f.fixes.some((fix) => applyEdits(bad, fix.edits).text === bad));
      add(
        'outdated-phrasing',
        e.id,
        bad,
        !found.length
          ? '没有检出'
          : idle
            ? `“${idle.text}”的修复没有改动原文`
            : wantsFix && !found.some((f) => f.fixes[0]?.edits[0].newText === replacementFor(compiled, bad, f.offset, f.text))
              ? `没有改为“${e.new}”的修复`
              : run(bad, 'outdated-phrasing', dayBefore(e.since)).some((f) => f.message.includes(e.reason))
                ? `在生效日期（${e.since}）之前也被检出`
                : '',
      );
    }
    for (const good of e.examples?.good ?? []) {
      const found = run(good, 'outdated-phrasing');
      add('outdated-phrasing', e.id, good, found.length ? `误报“${found[0].text}”` : '');
    }
  }

  for (const e of pack ? (pack.misusedWords ?? []) : (misusedData.entries as MisusedEntry[])) {
    for (const bad of e.examples?.bad ?? []) {
      const found = run(bad, 'misused-word').filter((f) => f.text === e.wrong);
      const fixed = found.length === 1 && found[0].fixes[0].edits[0].newText === e.right;
      add(
        'misused-words',
        e.id,
        bad,
        found.length !== 1 ? `“${e.wrong}”检出 ${found.length} 次（应为 1 次）` : fixed ? '' : `没有改为“${e.right}”的修复`,
      );
    }
    for (const good of e.examples?.good ?? []) {
      const found = run(good, 'misused-word');
      add('misused-words', e.id, good, found.length ? `误报“${found[0].text}”` : '');
    }
  }

  const types = ruleData(pack).types;
  for (const t of pack ? (pack.reportTypes ?? []) : reportTypesData.types) {
    for (const title of t.examples?.titles ?? []) {
      const detected = detectType(parseReport(`${title}\n\n一、情况\n正文。\n`, 'plaintext', segmenter), types).type;
      add('report-types', t.id, title, detected.id === t.id ? '' : `识别为“${detected.name}”`);
    }
  }
  if (pack) return results;

  for (const e of placeholders.entries) {
    for (const bad of e.examples.bad) {
      const spans = [...bad.matchAll(new RegExp(e.pattern, 'gu'))].map((m) => [m.index!, m.index! + m[0].length]);
      // Covered, not equal: the parts of one date (□月□日) are one finding.
      const found = run(bad, 'placeholder');
      const covered = ([from, to]: number[]) => found.some((f) => f.offset <= from && to <= f.offset + f.length);
      add('placeholders', e.id, bad, !spans.length ? '模式不匹配' : spans.every(covered) ? '' : '没有检出');
    }
    for (const good of e.examples.good) add('placeholders', e.id, good, run(good, 'placeholder').length ? '误报' : '');
  }
  for (const e of numeralUsage.entries) {
    const pattern = new RegExp(e.pattern, 'g');
    for (const bad of e.examples.bad) {
      const found = run(bad, 'numeral-usage').filter((f) => [...bad.matchAll(pattern)].some((m) => m.index === f.offset));
      add('numeral-usage', e.id, bad, !found.length ? '没有检出' : e.fix !== 'none' && !found[0].fixes.length ? '没有修复' : '');
    }
    for (const good of e.examples.good) add('numeral-usage', e.id, good, run(good, 'numeral-usage').length ? '误报' : '');
  }
  const lead = '现将有关情况报告如下：\n';
  for (const e of FORMULATIONS) {
    for (const typed of e.examples.typed ?? []) {
      const offered = complete(lead + typed, (lead + typed).length, 'plaintext', segmenter).map((c) => c.label);
      add('formulations', e.id, typed, offered.includes(e.text) ? '' : `没有补全（提供的是 ${offered.join('、') || '无'}）`);
    }
    for (const error of e.errors ?? []) {
      const found = run(error.example, 'formulation');
      const fixed = found.some((f) => f.fixes[0] && applyEdits(error.example, f.fixes[0].edits).text.includes(error.right));
      add('formulations', e.id, error.example, !found.length ? `没有检出“${error.wrong}”` : fixed ? '' : `没有改为“${error.right}”的修复`);
    }
    for (const bad of e.examples.bad ?? []) add('formulations', e.id, bad, run(bad, 'formulation').length ? '' : '没有检出');
    for (const good of [...(e.examples.good ?? []), ...(e.variants ?? []).map((v) => `${v}。`)]) {
      const found = run(good, 'formulation');
      add('formulations', e.id, good, found.length ? `误报“${found[0].text}”` : '');
    }
  }
  for (const e of terms.entries) {
    for (const sentence of e.examples.whole) {
      const tokens = segmenter.cut(sentence);
      add('terms', e.word, sentence, tokens.includes(e.word) ? '' : `被切分为 ${tokens.join('|')}`);
    }
  }
  for (const e of [...typoData.shapes, { id: 'de-di-de', examples: typoData.deDiDe.examples }]) {
    for (const bad of e.examples.bad) {
      const found = run(bad.text, 'typo');
      const fixed = applyEdits(
        bad.text,
        found.flatMap((f) => f.fixes[0]?.edits ?? []),
      ).text;
      add('typo', e.id, bad.text, !found.length ? '没有检出' : fixed === bad.fixed ? '' : `修复为“${fixed}”（应为“${bad.fixed}”）`);
    }
    for (const good of e.examples.good) add('typo', e.id, good, run(good, 'typo').length ? '误报' : '');
  }
  for (const e of unitNames.entries) {
    for (const bad of e.examples.bad) add('unit-names', e.id, bad, run(bad, 'abbreviation').length ? '' : '没有检出');
    for (const good of e.examples.good) add('unit-names', e.id, good, run(good, 'abbreviation').length ? '误报' : '');
  }
  const allowed = [
    ...reduplication.abab,
    ...reduplication.abb,
    ...reduplication.prefixes,
    ...reduplication.particles.map((p) => ({ id: p.char, ...p })),
  ];
  for (const e of [...allowed, ...reduplication.functionWords]) {
    for (const good of e.examples.good) add('reduplication', e.id, good, run(good, 'duplicate-word').length ? '误报' : '');
  }
  for (const e of reduplication.functionWords) {
    for (const bad of e.examples.bad) {
      const found = run(bad, 'duplicate-word');
      const fix = found.length === 1 ? found[0].fixes[0] : undefined;
      add(
        'reduplication',
        e.id,
        bad,
        !found.length ? '没有检出' : !fix?.safe || fix.edits[0].length !== 1 || fix.edits[0].newText ? '没有删除重复字的安全修复' : '',
      );
    }
  }
  return results;
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
