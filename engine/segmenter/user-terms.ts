import terms from '../../data/terms.json';

/** 公文 terms that segmentation must keep whole (data/terms.json). */
export const userTerms: string[] = terms.entries.map((e) => e.word);

/** The weight the 公文 terms get as user words (and in the typo rule's lexicon). */
const USER_TERM_WEIGHT = 10000;

/** jieba's user dictionary of the terms: an explicit weight, as short terms (四风) split otherwise. */
export const userDictionary = userTerms.map((w) => `${w} ${USER_TERM_WEIGHT} n`).join('\n') + '\n';
