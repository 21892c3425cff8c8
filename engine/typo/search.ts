import data from '../../data/typo.json';
import type { RuleData } from '../rule-data';
import { sharedDictionary, sharedPack } from '../segmenter/dictionary-text';
import { RunMemo, type TypoSearch } from './find';
import { buildLexicon, Lexicon, unpackLexicon } from './lexicon';

let lexicon: Lexicon | null | undefined;

/** The lexicon, built on first use from the segmenter's dictionary (null when that cannot be read). */
function sharedLexicon(): Lexicon | null {
  if (lexicon === undefined) {
    try {
      const packed = sharedPack();
      lexicon = packed ? unpackLexicon(packed, sharedDictionary().words) : buildLexicon(sharedDictionary());
    } catch {
      lexicon = null; // the segmenter has said why (it falls back to ICU for the same reason)
    }
  }
  return lexicon;
}

/** Each character's look-alikes, from groups of mutually confusable characters. */
function shapeMates(groups: readonly string[]): Map<string, string[]> {
  const mates = new Map<string, string[]>();
  for (const group of groups) {
    const chars = [...new Set(group)];
    for (const c of chars) mates.set(c, [...new Set([...(mates.get(c) ?? []), ...chars.filter((d) => d !== c)])]);
  }
  return mates;
}

const builtinShapes = data.shapes.map((s) => s.chars);
const searches = new WeakMap<RuleData, Omit<TypoSearch, 'isProtected'> | null>();

/** The lexicon and the look-alike table for this data (built-in plus the workspace's groups), made once per pack. */
export function typoSearch(ruleData: RuleData): Omit<TypoSearch, 'isProtected'> | null {
  let search = searches.get(ruleData);
  if (search === undefined) {
    const lex = sharedLexicon();
    const shapes = shapeMates([...builtinShapes, ...ruleData.typoConfusions]);
    const shapeChars = new Uint8Array(65536);
    for (const c of shapes.keys()) if (c.length === 1) shapeChars[c.charCodeAt(0)] = 1;
    search = lex && { lexicon: lex, shapes, shapeChars, runs: new RunMemo() };
    searches.set(ruleData, search);
  }
  return search;
}

/** Whether [start, end) overlaps an occurrence of one of the workspace's words in `text`. */
export function protectedSpans(text: string, words: readonly string[]): (start: number, end: number) => boolean {
  const spans: [number, number][] = [];
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) spans.push([at, at + word.length]);
  }
  return (start, end) => spans.some(([s, e]) => s < end && start < e);
}
