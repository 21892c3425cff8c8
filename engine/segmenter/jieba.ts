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

/** Most frequent words kept from jieba's 349k-word dictionary (plus idioms and AA words, below). */
const TOP_WORDS = 40_000;

/**
 * nodejieba with the 公文 user dictionary. Throws when the native module cannot load.
 * jieba's full dictionary takes ~1 s and ~250 MB to load; a trimmed one (the most frequent words,
 * 4-character idioms and AA reduplications such as 层层) loads in a fraction of that and cuts
 * report text almost the same. Keyword-extraction files are one-liners: only cut() is used.
 */
export function loadJieba(): Segmenter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jieba: NodeJieba = require('nodejieba');
  const fullDict = path.join(path.dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict/jieba.dict.utf8');
  const dir = writeDictFiles(fullDict);
  jieba.load({
    dict: path.join(dir, 'dict.utf8'),
    userDict: path.join(dir, 'user.dict.utf8'),
    idfDict: path.join(dir, 'idf.utf8'),
    stopWordDict: path.join(dir, 'stop_words.utf8'),
  });
  return { name: 'nodejieba', cut: (text, hmm = true) => jieba.cut(text, hmm) };
}

/** Writes the dictionary files once per version into the temp folder; returns the folder. */
function writeDictFiles(fullDict: string): string {
  const stat = fs.statSync(fullDict);
  const user = userTerms.map((w) => `${w} 10000 n`).join('\n') + '\n'; // explicit weight: short terms (四风) split otherwise
  const key = JSON.stringify([stat.size, stat.mtimeMs, TOP_WORDS, user]);
  const dir = path.join(os.tmpdir(), `gongwen-jieba-${createHash('sha1').update(key).digest('hex').slice(0, 12)}`);
  if (fs.existsSync(path.join(dir, 'dict.utf8'))) return dir;
  fs.mkdirSync(dir, { recursive: true });
  const files: Record<string, string> = {
    'user.dict.utf8': user,
    'idf.utf8': '的 1.0\n',
    'stop_words.utf8': '的\n',
    'dict.utf8': trimDictionary(fs.readFileSync(fullDict, 'utf8')), // last: its presence marks a complete folder
  };
  for (const [name, content] of Object.entries(files)) {
    // Write-then-rename so a concurrent process never reads a half-written file.
    const tmp = path.join(dir, `${name}.${process.pid}.tmp`);
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, path.join(dir, name));
  }
  return dir;
}

function trimDictionary(full: string): string {
  const rows = full.split('\n').filter(Boolean).map((line) => {
    const [word, freq, tag] = line.split(' ');
    return { line, word, freq: Number(freq), tag };
  });
  const threshold = rows.map((r) => r.freq).sort((a, b) => b - a)[TOP_WORDS - 1] ?? 0;
  return rows.filter((r) => r.freq >= threshold
    || ((r.tag === 'i' || r.tag === 'l') && [...r.word].length === 4) // 成语 and 习用语: 一以贯之, 一岗双责
    || /^(.)\1$/u.test(r.word)) // 层层, 常常: reduplications must stay one word
    .map((r) => r.line).join('\n') + '\n';
}
