import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Segmenter } from '../types';
import { TOP_WORDS, TRIMMED_NAME, trimDictionary } from './trim-dictionary';
import { userTerms } from './user-terms';

interface NodeJieba {
  load(dicts: Record<string, string>): unknown;
  cut(text: string, hmm?: boolean): string[];
}

/**
 * nodejieba with the trimmed dictionary (trim-dictionary.ts) and the 公文 user dictionary.
 * Throws when the native module cannot load. Keyword-extraction files are one-liners: only cut() is used.
 */
export function loadJieba(): Segmenter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jieba: NodeJieba = require('nodejieba');
  const dictDir = path.join(path.dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict');
  // The packaged extension ships the trimmed dictionary; elsewhere it is made once into the temp folder.
  const shipped = path.join(dictDir, TRIMMED_NAME);
  const dir = writeDictFiles(path.join(dictDir, 'jieba.dict.utf8'), fs.existsSync(shipped));
  jieba.load({
    dict: fs.existsSync(shipped) ? shipped : path.join(dir, 'dict.utf8'),
    userDict: path.join(dir, 'user.dict.utf8'),
    idfDict: path.join(dir, 'idf.utf8'),
    stopWordDict: path.join(dir, 'stop_words.utf8'),
  });
  return { name: 'nodejieba', cut: (text, hmm = true) => jieba.cut(text, hmm) };
}

/** Writes the dictionary files once per version into the temp folder; returns the folder. */
function writeDictFiles(fullDict: string, haveTrimmed: boolean): string {
  // Size, not mtime: the bundle step copies the dictionary, which changes its mtime but not its words.
  const size = haveTrimmed ? 0 : fs.statSync(fullDict).size;
  const user = userTerms.map((w) => `${w} 10000 n`).join('\n') + '\n'; // explicit weight: short terms (四风) split otherwise
  const key = JSON.stringify([size, TOP_WORDS, user]);
  const dir = path.join(os.tmpdir(), `gongwen-jieba-${createHash('sha1').update(key).digest('hex').slice(0, 12)}`);
  if (fs.existsSync(path.join(dir, 'dict.utf8'))) return dir;
  fs.mkdirSync(dir, { recursive: true });
  const files: Record<string, string> = {
    'user.dict.utf8': user,
    'idf.utf8': '的 1.0\n',
    'stop_words.utf8': '的\n',
    // Last: its presence marks a complete folder.
    'dict.utf8': haveTrimmed ? '' : trimDictionary(fs.readFileSync(fullDict, 'utf8')),
  };
  for (const [name, content] of Object.entries(files)) {
    // Write-then-rename so a concurrent process never reads a half-written file.
    const tmp = path.join(dir, `${name}.${process.pid}.tmp`);
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, path.join(dir, name));
  }
  return dir;
}
