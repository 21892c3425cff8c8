// Reading the segmenter's dictionary is the one file I/O of engine/ (docs/architecture.md).
// eslint-disable-next-line no-restricted-imports
import * as fs from 'node:fs';
import { Dictionary, parseDictionary } from './dictionary';
import { parseHmmModel, HmmModel } from './hmm';
import { dictionaryFile, hmmModelFile } from './jieba';
import { userDictionary } from './user-terms';

let dictionary: Dictionary | { error: Error } | undefined;

/**
 * The words jieba segments with (the trimmed dictionary, `word frequency tag` per line) and the 公文 terms at
 * their user-dictionary weight, read and parsed once per process for the segmenter and the typo rule.
 * Throws when the file cannot be had (the segmenter falls back to ICU; the typo rule stays quiet).
 */
export function sharedDictionary(log: (message: string) => void = (m) => console.error(m)): Dictionary {
  if (dictionary === undefined) {
    try {
      const main = fs.readFileSync(dictionaryFile(log), 'utf8');
      const text = main.endsWith('\n') ? main + userDictionary : `${main}\n${userDictionary}`;
      dictionary = parseDictionary(text, text.length - userDictionary.length);
    } catch (error) {
      dictionary = { error: error as Error };
    }
  }
  if ('error' in dictionary) throw dictionary.error;
  return dictionary;
}

/** jieba's HMM model for unknown words, read when the first cut needs it. */
export function readHmmModel(): HmmModel {
  return parseHmmModel(fs.readFileSync(hmmModelFile(), 'utf8'));
}
