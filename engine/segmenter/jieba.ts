// The segmenter's dictionary files are the one file I/O of engine/ (docs/architecture.md).
// eslint-disable-next-line no-restricted-imports
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Segmenter } from '../types';
import { assertLoadable, privateFolder, verifiedFile } from './private-files';
import { PACK_NAME, TOP_WORDS, TRIMMED_NAME, trimDictionary } from './trim-dictionary';
import { userDictionary } from './user-terms';

interface NodeJieba {
  load(dicts: Record<string, string>): unknown;
  cut(text: string, hmm?: boolean): string[];
}

/** Keyword extraction is not used, but nodejieba wants these files. */
const IDF = '的 1.0\n';
const STOP_WORDS = '的\n';

function jiebaDictFolder(): string {
  return path.join(path.dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict');
}

/** The dictionary pack (dictionary-text.ts) where a build put it beside the trimmed dictionary, else undefined. */
export function packFile(): string | undefined {
  const file = path.join(jiebaDictFolder(), PACK_NAME);
  return fs.existsSync(file) ? file : undefined;
}

/** jieba's HMM model of unknown words, in nodejieba's dictionary folder. */
export function hmmModelFile(): string {
  return assertLoadable(path.join(jiebaDictFolder(), 'hmm_model.utf8'));
}

/**
 * The trimmed word dictionary (word, frequency, tag per line) jieba loads: the packaged extension ships it,
 * elsewhere it is made once into the private folder. The typo rule's lexicon reads the same file.
 */
export function dictionaryFile(log: (message: string) => void, dir?: string): string {
  // Once per process: the private folder is looked for (and any move announced) only once.
  if (dictionary === undefined) {
    try {
      dictionary = { file: findDictionary(log, dir) };
    } catch (error) {
      dictionary = { error: error as Error };
    }
  }
  if ('error' in dictionary) throw dictionary.error;
  return dictionary.file;
}

let dictionary: { file: string } | { error: Error } | undefined;

function findDictionary(log: (message: string) => void, dir?: string): string {
  const dictDir = jiebaDictFolder();
  const shipped = path.join(dictDir, TRIMMED_NAME);
  if (fs.existsSync(shipped)) return assertLoadable(shipped);
  const full = path.join(dictDir, 'jieba.dict.utf8');
  // Size, not mtime: the bundle step copies the dictionary, which changes its mtime but not its words.
  return verifiedFile(dir ?? privateFolder(log), 'dict', `${TOP_WORDS} ${fs.statSync(full).size}`, () =>
    trimDictionary(fs.readFileSync(full, 'utf8')),
  );
}

/** Address space nodejieba needs to load the trimmed dictionary (measured ~70 MB), with room to work. */
const JIEBA_ADDRESS_SPACE = 256 * 1024 * 1024;

/**
 * nodejieba with the trimmed dictionary (trim-dictionary.ts) and the 公文 user dictionary.
 * Throws whenever it cannot be loaded safely — the native loader aborts the process on a bad file or
 * a failed allocation, which no caller could catch — so the caller falls back to ICU instead.
 * Keyword-extraction files are one-liners: only cut() is used.
 */
export function loadJieba(log: (message: string) => void): Segmenter {
  const room = addressSpaceLeft();
  if (room !== undefined && room < JIEBA_ADDRESS_SPACE) {
    throw new Error(`进程可用的地址空间只剩 ${Math.round(room / 1024 / 1024)} MB（ulimit -v），不足以载入词典`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jieba: NodeJieba = require('nodejieba');
  const dir = privateFolder(log);
  const files = {
    dict: (dictionary = { file: findDictionary(log, dir) }).file, // what the typo rule's lexicon reads too
    hmmDict: hmmModelFile(),
    userDict: verifiedFile(dir, 'user', userDictionary, () => userDictionary),
    idfDict: verifiedFile(dir, 'idf', IDF, () => IDF),
    stopWordDict: verifiedFile(dir, 'stop_words', STOP_WORDS, () => STOP_WORDS),
  };
  jieba.load(files);
  return { name: 'nodejieba', cut: (text, hmm = true) => jieba.cut(text, hmm) };
}

/** Bytes the process may still map under `ulimit -v` (Linux /proc), or undefined when unlimited or unknown. */
function addressSpaceLeft(): number | undefined {
  try {
    const limit = /^Max address space\s+(\d+)/m.exec(fs.readFileSync('/proc/self/limits', 'utf8'))?.[1];
    const used = /^VmSize:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1];
    return limit && used ? Number(limit) - Number(used) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
