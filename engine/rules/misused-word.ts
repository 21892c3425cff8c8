import type { Rule } from '../rule';

const WINDOW = 20;

/** Words from a closed list of 公文 confusions (弛而不息, 摇控, 截止目前 …), matched on word boundaries. */
export const misusedWord: Rule = {
  id: 'misused-word',
  category: 'wording',
  description: '易混淆的错别字和误用词（弛而不息→驰而不息，摇控→遥控，截止目前→截至目前……）',
  details: '封闭清单（data/misused-words.json）里的错别字和误用词，只在分词边界上匹配；确定的笔误为安全修复，其余需确认；部分条目为 info。',
  defaultSeverity: 'warning',
  fix: 'mixed',
  scope: 'paragraph',
  examples: {
    valid: ['驰而不息纠治“四风”。'],
    invalid: ['弛而不息纠治“四风”。'],
  },
  *check({ model, data }) {
    // The flow, so a typo a line break splits is found; its boundaries are judged in the flow too.
    const flow = model.flow();
    const text = flow.text;
    for (const [index, places] of data.misusedLiterals.find(text)) {
      const { entry: e, after, notAfter, before, notBefore } = data.misused[index];
      for (const [at] of places) {
        const end = at + e.wrong.length;
        const following = text.slice(end, end + WINDOW);
        const preceding = text.slice(Math.max(0, at - WINDOW), at);
        if ((after && !after.test(following)) || notAfter?.test(following)) continue;
        if ((before && !before.test(preceding)) || notBefore?.test(preceding)) continue;
        if (!e.anywhere && !flow.onWordBoundaries(at, end)) continue; // part of a longer, correct word
        yield flow.report({
          offset: at,
          length: e.wrong.length,
          severity: e.severity,
          message: `“${e.wrong}”应为“${e.right}”：${e.reason}`,
          entry: { id: e.id, source: e.source, date: e.added, reason: e.reason },
          fixes: [{ title: `改为“${e.right}”`, safe: e.safe, edits: [{ offset: at, length: e.wrong.length, newText: e.right }] }],
        });
      }
    }
  },
};
