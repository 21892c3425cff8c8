// The segmenter's dictionary files are the one file I/O of engine/ (docs/architecture.md).
// eslint-disable-next-line no-restricted-imports
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Segmenter } from '../types';
import { assertLoadable, privateFolder, verifiedFile } from './private-files';
import { TOP_WORDS, TRIMMED_NAME, trimDictionary } from './trim-dictionary';
import { userTerms } from './user-terms';

interface NodeJieba {
  load(dicts: Record<string, string>): unknown;
  cut(text: string, hmm?: boolean): string[];
}

/** Keyword extraction is not used, but nodejieba wants these files. */
const IDF = '的 1.0\n';
const STOP_WORDS = '的\n';

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
  const dictDir = path.join(path.dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict');
  // The packaged extension ships the trimmed dictionary; elsewhere it is made once into a private folder.
  const shipped = path.join(dictDir, TRIMMED_NAME);
  const full = path.join(dictDir, 'jieba.dict.utf8');
  const dir = privateFolder(log);
  const user = userTerms.map((w) => `${w} 10000 n`).join('\n') + '\n'; // explicit weight: short terms (四风) split otherwise
  const files = {
    dict: fs.existsSync(shipped) ? assertLoadable(shipped)
      // Size, not mtime: the bundle step copies the dictionary, which changes its mtime but not its words.
      : verifiedFile(dir, 'dict', `${TOP_WORDS} ${fs.statSync(full).size}`, () => trimDictionary(fs.readFileSync(full, 'utf8'))),
    hmmDict: assertLoadable(path.join(dictDir, 'hmm_model.utf8')),
    userDict: verifiedFile(dir, 'user', user, () => user),
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
