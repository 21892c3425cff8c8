// Reading the segmenter's dictionary is the one file I/O of engine/ (docs/architecture.md).
// eslint-disable-next-line no-restricted-imports
import * as fs from 'node:fs';
import { dictionaryFile, USER_TERM_WEIGHT } from './jieba';
import { userTerms } from './user-terms';

let text: string | null | undefined;

/**
 * The words jieba segments with (the trimmed dictionary, `word frequency tag` per line) followed by the
 * 公文 terms at their user-dictionary weight, read once per process; null when the file cannot be had
 * (the typo rule then stays quiet rather than guess without frequencies).
 */
export function dictionaryText(log: (message: string) => void = (m) => console.error(m)): string | null {
  if (text !== undefined) return text;
  try {
    text = fs.readFileSync(dictionaryFile(log), 'utf8') + userTerms.map((w) => `${w} ${USER_TERM_WEIGHT} n`).join('\n') + '\n';
  } catch {
    text = null; // the segmenter has said why (it falls back to ICU for the same reason)
  }
  return text;
}
