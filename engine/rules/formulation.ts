import { canonicalList, compiledFormulations, FORMULATIONS, formulationSeverity, singleQuoted, unquote } from '../formulations/data';
import type { WrongForm } from '../formulations/data';
import type { Rule } from '../rule';
import type { FormulationEntry } from '../schema';
import { bookTitleAround, sentenceAround } from '../text-spans';
import type { Report, Severity } from '../types';

const KIND_ZH: Record<string, string> = {
  verb: '动词搭配不当',
  wording: '表述不规范',
  missing: '漏字',
  char: '错字',
  title: '称谓不规范',
  order: '顺序不对',
  item: '条目混淆',
  punctuation: '标点不规范',
};

/** A sentence that talks about the wording itself (“一岗两责”的写法不对，应为…) quotes the wrong form on purpose. */
const ABOUT_WORDING = /表述|提法|写法|说法|写成|误写|错写|改为|改成|应为|而不是|不能说/;

/** What may stand between two items of a list (享乐主义和奢靡之风; 严以律己，又谋事要实; …的现代化，是…). */
const SEPARATORS = ['、', '，又', '，是', '，', '和', '及', '与'];
/** What may follow a misspelt item: the next separator, the end of the clause, or 的 before the name. */
const ITEM_END = /[、，。；：！？”’）)\s和及与的]/;
/** Items shorter than this are ordinary words (创新, 民主): a one-character difference there is another word. */
const MIN_FUZZY = 4;
/** How far before or after a list its name may stand to count as that formulation's list. */
const LABEL_REACH = 30;

interface Candidate extends Report {
  severity: Severity;
  entry: Report['entry'];
}

/** 固有表述: wrong verb collocations, near-miss wording, and item lists with missing, misspelt or reordered items. */
export const formulation: Rule = {
  id: 'formulation',
  category: 'political',
  description: '固有表述的搭配、字词、条目和顺序（坚定“四个意识”→增强，一岗两责→一岗双责，以习近平总书记为核心的党中央……）',
  details: [
    '按 data/formulations.json 中核实过的固有表述检查：已知的错误写法（动词搭配，如 坚定“四个意识”→增强“四个意识”；近似写法，如 一岗两责、严以律已、以习近平总书记为核心的党中央、中央八项规定实施细则精神），' +
      '以及列出条目的地方：条目错字（看齐艺识）、混入的错误条目（政治鉴别力）、条目顺序（顺序固定的表述，列全了全部条目或紧跟名称时才判断）和缺漏的条目（只在清单紧跟名称时判断，如“新发展理念（创新、协调、绿色、共享）”）。消息给出规范写法和完整条目，修复为判断修复。',
    '不报：中央文本中也用的写法（variants，如 完整准确全面贯彻新发展理念、中央八项规定精神、2018年政府工作报告的中央八项规定及实施细则精神）、书名号《…》内的文件名、讨论写法本身的句子（含“表述”“写法”“应为”等）、只列了部分条目且不紧跟名称的句子（重点纠治形式主义、官僚主义）。',
    '级别：已核实（confirmed）且条目封闭的表述为 error，已核实但没有条目清单的为 warning，把握较小的（likely，如 中央“八项规定”的引号）为 info。两个100年 等数字写法见 numeral-usage，已调整的旧提法见 outdated-phrasing。',
  ].join('\n\n'),
  defaultSeverity: 'error',
  fix: 'judgement',
  scope: 'paragraph',
  examples: {
    valid: ['增强“四个意识”、坚定“四个自信”、做到“两个维护”。', '《关于严以律已的几点思考》一文提到“一岗两责”的写法不规范。'],
    invalid: ['全体党员坚定“四个意识”。', '班子成员履行“一岗两责”。'],
  },
  *check({ model }) {
    const flow = model.flow();
    const text = flow.text;
    const { index, owners } = compiledFormulations();
    const candidates: Candidate[] = [];
    const variants: [number, number][] = [];
    for (const [owner, places] of index.find(text)) {
      const o = owners[owner];
      if (o.kind === 'wrong') candidates.push(...wrongForm(text, o.form, places));
      else if (o.kind === 'items') candidates.push(...itemLists(text, o.entry, places));
      else for (const [at, phrase] of places) variants.push([at, at + phrase.length]);
    }
    // Longest first at each place; a finding inside an earlier, longer one says less (its fix is part of that one's).
    candidates.sort((a, b) => a.offset - b.offset || b.length - a.length);
    variants.sort((a, b) => a[0] - b[0]);
    let reach = -1;
    // One sweep: the furthest end of the variants begun so far decides whether one covers the candidate.
    let variant = 0;
    let variantEnd = -1;
    let sentence: { start: number; end: number; aboutWording: boolean } | undefined;
    for (const c of candidates) {
      const end = c.offset + c.length;
      for (; variant < variants.length && variants[variant][0] <= c.offset; variant++)
        variantEnd = Math.max(variantEnd, variants[variant][1]);
      if (c.offset < reach || end <= variantEnd) continue;
      if (bookTitleAround(text, c.offset, end)) continue;
      // Judged once per sentence: on a line with no full stop, each finding would rescan the same 1,000 characters.
      if (!sentence || end > sentence.end) {
        const around = sentenceAround(text, c.offset, end);
        sentence = { ...around, aboutWording: ABOUT_WORDING.test(text.slice(around.start, around.end)) };
      }
      if (sentence.aboutWording) continue;
      reach = end;
      yield flow.report(c);
    }
  },
};

function entryOf(entry: FormulationEntry): Candidate['entry'] {
  return { id: entry.id, source: entry.source, date: entry.since, reason: entry.canonical };
}

/** A known wrong form (data errors[].wrong), quoted or not, at each of its places. */
function* wrongForm(text: string, { entry, error, wrong, right }: WrongForm, places: [number, string][]): Iterable<Candidate> {
  for (const [at] of places) {
    const end = at + wrong.length;
    if (error.notAfter?.some((word) => text.startsWith(word, end))) continue;
    if (error.notBefore?.some((word) => text.endsWith(word, at) && at >= word.length)) continue;
    const note = error.note ? `（${error.note}）` : '';
    yield {
      offset: at,
      length: wrong.length,
      severity: formulationSeverity(entry, error.confidence ?? entry.confidence),
      message: `固有表述${KIND_ZH[error.kind]}：“${singleQuoted(wrong)}”应为“${singleQuoted(right)}”${note}。规范表述：${entry.canonical}`,
      entry: entryOf(entry),
      fixes: [{ title: `改为“${right}”`, safe: false, edits: [{ offset: at, length: wrong.length, newText: right }] }],
    };
  }
}

/** One item of a list found in the text: which item it is, and whether it was written right. */
interface Element {
  at: number;
  length: number;
  item: number;
  written: 'exact' | 'misspelt' | 'wrong';
}

/** An entry's item lists: chains of two or more of its items joined by separators. */
function* itemLists(text: string, owner: number, places: [number, string][]): Iterable<Candidate> {
  const entry = FORMULATIONS[owner];
  const byOffset = new Map<number, string>();
  for (const [at, phrase] of places) if ((byOffset.get(at)?.length ?? 0) < phrase.length) byOffset.set(at, phrase);
  let consumed = -1;
  for (const [at] of places) {
    if (at < consumed) continue;
    const chain = chainFrom(text, entry, byOffset, at);
    const last = chain.elements[chain.elements.length - 1];
    consumed = last.at + last.length;
    if (chain.elements.filter((e) => e.written === 'exact').length < 2) continue;
    yield* judge(text, owner, chain);
  }
}

interface Chain {
  elements: Element[];
  separators: string[];
}

function chainFrom(text: string, entry: FormulationEntry, byOffset: Map<number, string>, at: number): Chain {
  const items = entry.items!;
  const elements: Element[] = [element(entry, at, byOffset.get(at)!)];
  const separators: string[] = [];
  // A misspelt item before the first one written right (学党章党纪、学系列讲话): every exact item before it began an earlier chain.
  for (let found = true; found;) {
    found = false;
    if (!text.endsWith('、', elements[0].at)) break;
    const before = misspeltBefore(text, items, elements, elements[0].at - 1);
    if (before) {
      elements.unshift(before);
      separators.unshift('、');
      found = true;
    }
  }
  for (;;) {
    const last = elements[elements.length - 1];
    const end = last.at + last.length;
    let next: Element | undefined;
    let sep = '';
    for (const s of SEPARATORS) {
      if (!text.startsWith(s, end)) continue;
      const start = end + s.length;
      const phrase = byOffset.get(start);
      // A misspelt item only inside a tight 、 list: after a comma a new clause may begin (问题导向、系统观念，自信自强).
      next = phrase ? element(entry, start, phrase) : s === '、' ? misspelt(text, items, elements, start) : undefined;
      if (next) {
        sep = s;
        break;
      }
    }
    if (!next || elements.some((e) => e.item === next.item)) return { elements, separators };
    elements.push(next);
    separators.push(sep);
  }
}

function element(entry: FormulationEntry, at: number, phrase: string): Element {
  const exact = entry.items!.indexOf(phrase);
  if (exact >= 0) return { at, length: phrase.length, item: exact, written: 'exact' };
  const wrong = entry.wrongItems!.find((w) => w.wrong === phrase)!;
  return { at, length: phrase.length, item: entry.items!.indexOf(wrong.right), written: 'wrong' };
}

/** An item not yet in the chain written with one character different (看齐艺识), standing where an item would. */
function misspelt(text: string, items: string[], elements: Element[], at: number): Element | undefined {
  for (let i = 0; i < items.length; i++) {
    const end = at + items[i].length;
    if (end < text.length && !ITEM_END.test(text[end])) continue;
    if (fuzzyCandidate(items, elements, i) && oneCharOff(text, at, items[i]))
      return { at, length: items[i].length, item: i, written: 'misspelt' };
  }
  return undefined;
}

/** The same, for an item that ends at `end` (before the first item of a chain). */
function misspeltBefore(text: string, items: string[], elements: Element[], end: number): Element | undefined {
  for (let i = 0; i < items.length; i++) {
    const at = end - items[i].length;
    if (at >= 0 && fuzzyCandidate(items, elements, i) && oneCharOff(text, at, items[i]))
      return { at, length: items[i].length, item: i, written: 'misspelt' };
  }
  return undefined;
}

function fuzzyCandidate(items: string[], elements: Element[], i: number): boolean {
  return items[i].length >= MIN_FUZZY && !elements.some((e) => e.item === i);
}

/** Whether text[at…] differs from `item` in exactly one character, a Han one (not a separator or a quote). */
function oneCharOff(text: string, at: number, item: string): boolean {
  if (at + item.length > text.length) return false;
  let differences = 0;
  for (let k = 0; k < item.length && differences < 2; k++) {
    const c = text[at + k];
    if (c !== item[k]) differences += /\p{Script=Han}/u.test(c) ? 1 : 2;
  }
  return differences === 1;
}

function* judge(text: string, owner: number, chain: Chain): Iterable<Candidate> {
  const entry = FORMULATIONS[owner];
  const items = entry.items!;
  const { elements } = chain;
  const start = elements[0].at;
  const last = elements[elements.length - 1];
  const end = last.at + last.length;
  const severity = formulationSeverity(entry);
  const list = canonicalList(entry);
  const named = nameAdjacent(text, compiledFormulations().labels[owner], start, end);
  const complete = elements.length === items.length;
  const inOrder = elements.every((e, k) => k === 0 || elements[k - 1].item < e.item);
  const base = { severity, entry: entryOf(entry) };
  if (entry.ordered && !inOrder && (named || complete)) {
    // The canonical list when every item is there; otherwise the same items in canonical order, keeping the separators.
    const sorted = [...elements].sort((a, b) => a.item - b.item);
    const newText = complete ? list : sorted.map((e, k) => (k ? chain.separators[k - 1] : '') + items[e.item]).join('');
    yield {
      ...base,
      offset: start,
      length: end - start,
      message: `固有表述“${entry.name}”的条目顺序不对，应为：${list}`,
      fixes: [{ title: '按规范顺序排列', safe: false, edits: [{ offset: start, length: end - start, newText }] }],
    };
    return;
  }
  for (const e of elements) {
    if (e.written === 'exact') continue;
    const written = text.slice(e.at, e.at + e.length);
    yield {
      ...base,
      offset: e.at,
      length: e.length,
      message: `固有表述“${entry.name}”的条目“${written}”应为“${items[e.item]}”。完整条目：${list}`,
      fixes: [{ title: `改为“${items[e.item]}”`, safe: false, edits: [{ offset: e.at, length: e.length, newText: items[e.item] }] }],
    };
  }
  if (named && !complete) {
    const missing = items.filter((_, i) => !elements.some((e) => e.item === i));
    yield {
      ...base,
      offset: start,
      length: end - start,
      message: `固有表述“${entry.name}”缺少“${missing.join('”“')}”。完整条目：${list}`,
      fixes: [{ title: '补全条目', safe: false, edits: [{ offset: start, length: end - start, newText: list }] }],
    };
  }
}

/**
 * Whether the list is introduced by the formulation's name (“四风”（形式主义…）, 新发展理念：创新…) or closed by it
 * (…共享的新发展理念): only then is a shorter list a missing item rather than a selection (重点纠治形式主义、官僚主义).
 */
function nameAdjacent(text: string, labels: string[], start: number, end: number): boolean {
  const before = unquote(text.slice(Math.max(0, start - LABEL_REACH), start));
  const intro = /(?:，?(?:即|包括|就是|是|为))?[（(：:]?$/.exec(before)!;
  if (intro[0] && labels.some((l) => before.slice(0, intro.index).endsWith(l))) return true;
  const after = unquote(text.slice(end, end + LABEL_REACH)).replace(/^[的这]/, '');
  return labels.some((l) => after.startsWith(l));
}
