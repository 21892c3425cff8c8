import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Segmenter } from '../types';
import { userTerms } from './user-terms';

interface NodeJieba {
  load(dicts: Record<string, string>): unknown;
  cut(text: string, hmm?: boolean): string[];
}

/**
 * nodejieba with the 公文 user dictionary. Throws when the native module cannot load.
 * Keyword-extraction dictionaries (idf, stop words) are replaced by one-line files because
 * only cut() is used, which saves their load time and memory.
 */
export function loadJieba(): Segmenter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jieba: NodeJieba = require('nodejieba');
  const dir = writeDictFiles();
  jieba.load({
    userDict: path.join(dir, 'user.dict.utf8'),
    idfDict: path.join(dir, 'idf.utf8'),
    stopWordDict: path.join(dir, 'stop_words.utf8'),
  });
  return { name: 'nodejieba', cut: (text, hmm = true) => jieba.cut(text, hmm) };
}

/** Writes the dictionary files once per content version into the temp folder. */
function writeDictFiles(): string {
  const files: Record<string, string> = {
    // A high explicit frequency: with the default weight short terms such as 四风 still split.
    'user.dict.utf8': userTerms.map((w) => `${w} 10000 n`).join('\n') + '\n',
    'idf.utf8': '的 1.0\n',
    'stop_words.utf8': '的\n',
  };
  const hash = createHash('sha1').update(JSON.stringify(files)).digest('hex').slice(0, 12);
  const dir = path.join(os.tmpdir(), `gongwen-jieba-${hash}`);
  if (!fs.existsSync(path.join(dir, 'user.dict.utf8'))) {
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(files)) {
      // Write-then-rename so a concurrent process never reads a half-written file.
      const tmp = path.join(dir, `${name}.${process.pid}.tmp`);
      fs.writeFileSync(tmp, content);
      fs.renameSync(tmp, path.join(dir, name));
    }
  }
  return dir;
}
