import terms from '../../data/terms.json';

/** 公文 terms that segmentation must keep whole (data/terms.json). */
export const userTerms: string[] = terms.entries.map((e) => e.word);
