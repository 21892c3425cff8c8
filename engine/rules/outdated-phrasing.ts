import { chineseDate } from '../dates';
import { isStale, mentionTimes } from '../period';
import type { Rule } from '../rule';
import { replacementFor } from '../rule-data';
import type { TextPattern } from '../text-pattern';

/** Formulations, names and campaigns that were current once and are not at the reference date. */
export const outdatedPhrasing: Rule = {
  id: 'outdated-phrasing',
  description: '过时提法：已更名的机构、已调整的表述、已结束的阶段性任务',
  defaultSeverity: 'warning',
  fix: 'judgement',
  usesTokens: false,
  *check({ model, referenceDate, data }) {
    const literal = data.outdatedLiterals.find(model.prose);
    const timeOf = mentionTimes(model.prose, model.structure(), referenceDate);
    for (let i = 0; i < data.outdated.length; i++) {
      const compiled = data.outdated[i];
      const { entry, pattern, anchors } = compiled;
      if (referenceDate < entry.since || (entry.until && referenceDate >= entry.until)) continue;
      const worthScanning = pattern && (!anchors || anchors.some((a) => model.prose.includes(a)));
      for (const [at, found] of matches(model.prose, literal.get(i) ?? [], worthScanning ? pattern : undefined)) {
        if (entry.notInside?.some((word) => isInside(model.prose, at, found.length, word))) continue;
        const time = timeOf(at, found.length);
        // A wrong name stays wrong in a sentence about the past; only a named time (2017年) excuses it.
        const period = entry.context === 'current' || time.basis === 'sentence' || time.basis === 'heading' ? time.period : { from: referenceDate, to: referenceDate };
        if (!isStale(period, entry.since, entry.until)) continue;
        const replacement = replacementFor(compiled, found); // 市政发[2026]3号 → 〔2026〕
        const advice = entry.replace === false || !replacement ? '' : `建议改为“${replacement}”。`;
        yield {
          offset: at,
          length: found.length,
          severity: entry.severity,
          message: `过时提法“${found}”：${entry.reason}${advice}（自${chineseDate(entry.since)}起；来源：${entry.source}）`,
          fixes: advice
            ? [{ title: `替换为“${replacement}”`, safe: false, edits: [{ offset: at, length: found.length, newText: replacement }] }]
            : [],
        };
      }
    }
  },
};

/** An entry's matches as [offset, text], longest first at a position, never overlapping. */
function matches(text: string, literal: [number, string][], pattern: TextPattern | undefined): [number, string][] {
  const found = [...literal];
  if (pattern) found.push(...pattern.matchAll(text));
  found.sort((a, b) => a[0] - b[0] || b[1].length - a[1].length);
  let end = -1;
  return found.filter(([at, t]) => (at >= end ? ((end = at + t.length), true) : false));
}

/** True when the match at [at, at+length) lies inside an occurrence of `word` in `text`. */
function isInside(text: string, at: number, length: number, word: string): boolean {
  const from = Math.max(0, at + length - word.length);
  for (let i = text.indexOf(word, from); i >= 0 && i <= at; i = text.indexOf(word, i + 1)) {
    if (i + word.length >= at + length) return true;
  }
  return false;
}
