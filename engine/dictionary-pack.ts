import { dictionaryWithTerms, PACK_KEY, packDictionary } from './segmenter/dictionary';
import { packHmmModel, parseHmmModel } from './segmenter/hmm';
import { writePack } from './segmenter/pack';
import { buildLexicon, packLexicon } from './typo/lexicon';

/**
 * The dictionary pack esbuild.mjs puts beside the trimmed dictionary: the segmenter's dictionary, the typo
 * lexicon and the HMM built exactly as a process would build them from the text files, stored as arrays so a
 * CLI run, a worker or the server loads them in milliseconds instead of building them (~0.15 s each).
 */
export function buildDictionaryPack(trimmedDictionary: string, hmmModel: string): Uint8Array {
  const dictionary = dictionaryWithTerms(trimmedDictionary);
  return writePack({
    key: PACK_KEY,
    ...packDictionary(dictionary),
    ...packLexicon(buildLexicon(dictionary)),
    ...packHmmModel(parseHmmModel(hmmModel)),
  });
}
