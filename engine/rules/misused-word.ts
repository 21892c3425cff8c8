import data from '../../data/misused-words.json';
import type { Rule } from '../rule';
import type { Severity } from '../types';

interface Entry {
  wrong: string;
  right: string;
  safe: boolean;
  severity?: Severity;
  followedBy?: string;
  notFollowedBy?: string;
  precededBy?: string;
  notPrecededBy?: string;
  reason: string;
}

const entries = (data.entries as Entry[]).map((e) => ({
  ...e,
  after: e.followedBy ? new RegExp(e.followedBy, 'u') : undefined,
  notAfter: e.notFollowedBy ? new RegExp(e.notFollowedBy, 'u') : undefined,
  before: e.precededBy ? new RegExp(`(?:${e.precededBy})$`, 'u') : undefined,
  notBefore: e.notPrecededBy ? new RegExp(`(?:${e.notPrecededBy})$`, 'u') : undefined,
}));

const WINDOW = 20;

/** Words from a closed list of 公文 confusions (弛而不息, 摇控, 截止目前 …), matched on word boundaries. */
export const misusedWord: Rule = {
  id: 'misused-word',
  description: '易混淆的错别字和误用词（弛而不息→驰而不息，摇控→遥控，截止目前→截至目前……）',
  defaultSeverity: 'warning',
  fix: 'mixed',
  usesTokens: true,
  *check({ model }) {
    const text = model.prose;
    let boundaries: Set<number> | undefined;
    for (const e of entries) {
      for (let at = text.indexOf(e.wrong); at >= 0; at = text.indexOf(e.wrong, at + 1)) {
        const end = at + e.wrong.length;
        const following = text.slice(end, end + WINDOW);
        const preceding = text.slice(Math.max(0, at - WINDOW), at);
        if ((e.after && !e.after.test(following)) || e.notAfter?.test(following)) continue;
        if ((e.before && !e.before.test(preceding)) || e.notBefore?.test(preceding)) continue;
        boundaries ??= tokenBoundaries(model.tokens());
        if (!boundaries.has(at) || !boundaries.has(end)) continue; // part of a longer, correct word
        yield {
          offset: at,
          length: e.wrong.length,
          severity: e.severity,
          message: `“${e.wrong}”应为“${e.right}”：${e.reason}`,
          fixes: [{ title: `改为“${e.right}”`, safe: e.safe, edits: [{ offset: at, length: e.wrong.length, newText: e.right }] }],
        };
      }
    }
  },
};

function tokenBoundaries(tokens: { offset: number; text: string }[]): Set<number> {
  const set = new Set<number>();
  for (const t of tokens) {
    set.add(t.offset);
    set.add(t.offset + t.text.length);
  }
  return set;
}
