// Reading the segmenter's dictionary is the one file I/O of engine/ (docs/architecture.md).
// eslint-disable-next-line no-restricted-imports
import * as fs from 'node:fs';
import { Dictionary, dictionaryWithTerms, PACK_KEY, unpackDictionary } from './dictionary';
import { HmmModel, parseHmmModel, unpackHmmModel } from './hmm';
import { dictionaryFile, hmmModelFile, packFile } from './jieba';
import { Pack, readPack } from './pack';

let pack: Pack | null | undefined;
let dictionary: Dictionary | { error: Error } | undefined;
let packAsViews = false;

/**
 * For a short-lived process (the CLI and its workers): the pack's arrays stay views of the file's bytes instead
 * of copies. On this project's VMs every megabyte of fresh memory costs ~3 ms of page faults, and copying the
 * 11 MB pack was ~20 ms of a 0.4 s run. The language server keeps the copies: measured (2026-12-07, 10k report,
 * 60 keystrokes) 87 MB resident with them, 97 MB with views.
 */
export function readPackAsViews(): void {
  packAsViews = true;
}

/**
 * The dictionary pack built beside the bundle (esbuild.mjs: dictionary, typo lexicon and HMM as ready arrays),
 * or null where there is none (a source checkout, the tests) or it was built for other terms: then each part
 * is built from the text files, the same way the pack was.
 */
export function sharedPack(): Pack | null {
  if (pack === undefined) {
    pack = null;
    const file = packFile();
    try {
      const found = file ? readPack(fs.readFileSync(file), !packAsViews) : null;
      if (found?.key === PACK_KEY) pack = found;
    } catch {
      // a damaged pack costs the build from text, nothing else
    }
  }
  return pack;
}

/**
 * The words jieba segments with (the trimmed dictionary, `word frequency tag` per line) and the 公文 terms at
 * their user-dictionary weight, read once per process for the segmenter and the typo rule.
 * Throws when the file cannot be had (the segmenter falls back to ICU; the typo rule stays quiet).
 */
export function sharedDictionary(log: (message: string) => void = (m) => console.error(m)): Dictionary {
  if (dictionary === undefined) {
    try {
      const packed = sharedPack();
      dictionary = packed ? unpackDictionary(packed) : dictionaryWithTerms(fs.readFileSync(dictionaryFile(log), 'utf8'));
    } catch (error) {
      dictionary = { error: error as Error };
    }
  }
  if ('error' in dictionary) throw dictionary.error;
  return dictionary;
}

/** jieba's HMM model for unknown words, read when the first cut needs it. */
export function readHmmModel(): HmmModel {
  const packed = sharedPack();
  return packed ? unpackHmmModel(packed) : parseHmmModel(fs.readFileSync(hmmModelFile(), 'utf8'));
}
