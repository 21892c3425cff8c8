import type { Rule } from '../rule';
import { findDeDiDe } from '../typo/de-di-de';
import { findTypos, TypoCandidate, TypoKind } from '../typo/find';
import { protectedSpans, typoSearch } from '../typo/search';

const KIND_ZH: Record<TypoKind, (c: TypoCandidate) => string> = {
  homophone: () => '同音字',
  shape: () => '形近字',
  idiom: (c) => `成语“${c.word}”用字`,
  dropped: (c) => `成语“${c.word}”缺字`,
};

/**
 * Typos no list names: same-sound slips of frequent words and idioms, look-alike characters, idioms with a
 * dropped character (engine/typo/find.ts, judged by jieba's word frequencies), and 的 for 地/得 in the clear
 * patterns (engine/typo/de-di-de.ts). Every fix is a judgement: the suggestion is a probable word, not a certainty.
 */
export const typo: Rule = {
  id: 'typo',
  category: 'wording',
  description: '疑似错别字：同音字、形近字、成语错字缺字、“的地得”误用（按步就班→按部就班，己经→已经，切实有效的开展→地）',
  details: [
    '不靠清单找错别字：在词典（jieba 词频、成语）里找比原文可能得多的写法，只差一个字。',
    '- **同音字**：3～4 字的一段与一个常用词或成语同音（不计声调，拼音输入法的笔误），只差一个字，改后整句切分的概率高出很多（主体责认→主体责任，迫在眉捷→迫在眉睫）；两字的同音词太多，不报；',
    '- **形近字**：data/typo.json 的形近字组（己已巳、戊戌戍、侯候……，各有出处）和工作区 `typoConfusions` 中的字，换成形近字后成为常用词（己经→已经，侯选人→候选人）；',
    '- **成语缺字**：四字成语中间少了一个字（齐协力→齐心协力）；',
    '- **的/地/得**：只报清楚的格式——状语后、动词前用“地”（切实有效的开展→地；“得到有效的落实”中作宾语的不报），动词后、程度补语前用“得”（做的很好→得；“做的很多工作”不报）。',
    '',
    '不报：专有名词（词典中的人名、地名、机构名）、工作区配置 `words` 中的词（单位名、人名、地名，可用快速修复“加入词典”添加）、叠词（层层、常常、研究研究）。修复都需确认（不是安全修复）；形近字、成语和“的地得”为 warning，其余同音字为 info。',
  ].join('\n'),
  defaultSeverity: 'warning',
  fix: 'judgement',
  scope: 'paragraph',
  examples: {
    valid: ['层层压实责任，常常研究研究工作方法，按部就班推进。'],
    invalid: ['我局己经完成整改任务。', '要再接再励，切实有效的开展各项工作。'],
  },
  *check({ model, data }) {
    const flow = model.flow();
    const text = flow.text;
    const search = typoSearch(data);
    if (search) {
      // A slip the closed list names (按步就班) is misused-word's finding, with its reason: not reported twice.
      const listed = [...data.misusedLiterals.find(text)].flatMap(([index, places]) =>
        places.map(([at]) => [at, at + data.misused[index].entry.wrong.length] as const),
      );
      const isWorkspaceWord = protectedSpans(text, data.words);
      const isProtected = (start: number, end: number) => isWorkspaceWord(start, end) || listed.some(([s, e]) => s < end && start < e);
      for (const c of findTypos(text, { ...search, isProtected })) {
        const written = text.slice(c.offset, c.offset + c.length);
        yield flow.report({
          offset: c.offset,
          length: c.length,
          severity: c.kind === 'homophone' ? 'info' : 'warning',
          message: `“${written}”疑为“${c.replacement}”（${KIND_ZH[c.kind](c)}）`,
          fixes: [
            { title: `改为“${c.replacement}”`, safe: false, edits: [{ offset: c.offset, length: c.length, newText: c.replacement }] },
          ],
        });
      }
    }
    for (const d of findDeDiDe(text)) {
      yield flow.report({
        offset: d.offset,
        length: 1,
        message: d.right === '地' ? '状语后、动词前应用“地”' : '动词后、补语前应用“得”',
        fixes: [{ title: `改为“${d.right}”`, safe: false, edits: [{ offset: d.offset, length: 1, newText: d.right }] }],
      });
    }
  },
};
