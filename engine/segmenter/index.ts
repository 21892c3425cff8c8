import type { Segmenter } from '../types';
import { readHmmModel, sharedDictionary } from './dictionary-text';
export { readPackAsViews } from './dictionary-text';
import { icuSegmenter } from './icu';
import { loadJieba } from './jieba';
import { jiebaSegmenter } from './jieba-segmenter';
import { userTerms } from './user-terms';

let shared: Segmenter | undefined;

/**
 * The process-wide segmenter: jieba's cut over nodejieba's dictionary files (jieba-segmenter.ts), or
 * nodejieba itself with GONGWEN_SEGMENTER=nodejieba; the ICU fallback when the dictionary cannot be read
 * (or with GONGWEN_SEGMENTER=icu). The fallback, or a dictionary folder that had to move, is announced
 * once through `log`.
 *
 * It loads on the first cut, not when asked for: rules cut only the clauses around a candidate
 * (a 提法, a doubled character), and a report with none never pays the ~150 ms dictionary load —
 * most of a small report's check from the command line.
 */
export function sharedSegmenter(log: (message: string) => void = (m) => console.error(m)): Segmenter {
  return (shared ??= lazy(() => load(log)));
}

function lazy(load: () => Segmenter): Segmenter {
  let loaded: Segmenter | undefined;
  const get = () => (loaded ??= load());
  return {
    get name() {
      return get().name;
    },
    cut: (text, hmm) => get().cut(text, hmm),
  };
}

function load(log: (message: string) => void): Segmenter {
  const choice = process.env.GONGWEN_SEGMENTER;
  if (choice === 'icu') return icuSegmenter(userTerms);
  try {
    return choice === 'nodejieba' ? loadJieba(log) : jiebaSegmenter(sharedDictionary(log), readHmmModel);
  } catch (error) {
    const what = choice === 'nodejieba' ? 'nodejieba 无法加载' : '分词词典无法载入';
    log(`gongwen: ${what}，改用内置 ICU 分词（精度略低）。原因：${(error as Error).message}`);
    return icuSegmenter(userTerms);
  }
}

export { icuSegmenter, userTerms };
