import type { Segmenter } from '../types';
import { icuSegmenter } from './icu';
import { loadJieba } from './jieba';
import { userTerms } from './user-terms';

let shared: Segmenter | undefined;

/**
 * The process-wide segmenter: nodejieba when it loads safely, else the ICU fallback. The fallback,
 * or a dictionary folder that had to move, is announced once through `log`.
 */
export function sharedSegmenter(log: (message: string) => void = (m) => console.error(m)): Segmenter {
  if (shared) return shared;
  if (process.env.GONGWEN_SEGMENTER === 'icu') {
    shared = icuSegmenter(userTerms);
    return shared;
  }
  try {
    shared = loadJieba(log);
  } catch (error) {
    shared = icuSegmenter(userTerms);
    log(`gongwen: nodejieba 无法加载，改用内置 ICU 分词（精度略低）。原因：${(error as Error).message}`);
  }
  return shared;
}

export { icuSegmenter, userTerms };
