import data from '../../data/typo.json';

const list = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const { adverbials, verbs, nounAfterVerb, notAfter, complementVerbs, degree, complements } = data.deDiDe;

/**
 * 切实有效的开展 → 地: an adverbial of the closed list, 的, then a verb of the list that is not the head of a
 * noun phrase (推进机制, 落实情况) or the end of one (得到有效的落实。, 推进和落实).
 */
const DI = new RegExp(`(?<=(?:${list(adverbials)}))的(?=(?:${list(verbs)})(?!${list(nounAfterVerb)})[\\u3400-\\u9fff])`, 'g');
/** 做的很好 → 得: a verb of the list, 的, a degree word and a complement (做的很多工作 is no complement). */
const DE = new RegExp(`(?<=(?:${list(complementVerbs)}))的(?=(?:${list(degree)})(?:${list(complements)}))`, 'g');
/** 得到…的落实, 进行…的整改: the phrase is the object, and 的 is right. */
const OBJECT_OF = new RegExp(`(?:${list(notAfter)})[^，。；：！？、]{0,8}$`);
/** 所做的很…: a 的-phrase (what was done), not a verb with its complement. */
const SUO = /所[\u3400-\u9fff]{1,2}$/;

export interface DeDiDe {
  offset: number;
  right: '地' | '得';
}

/** The 的 in `text` that should be 地 or 得, in the clear patterns only. */
export function* findDeDiDe(text: string): Iterable<DeDiDe> {
  for (const m of text.matchAll(DI)) {
    if (!OBJECT_OF.test(text.slice(Math.max(0, m.index - 12), m.index))) yield { offset: m.index, right: '地' };
  }
  for (const m of text.matchAll(DE)) {
    if (!SUO.test(text.slice(Math.max(0, m.index - 3), m.index))) yield { offset: m.index, right: '得' };
  }
}
