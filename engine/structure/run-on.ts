import { readMarker } from './markers';

/** A paragraph: a non-blank line, or a piece of a one-line report (cut out here). `index` is its physical line. */
export interface Line {
  index: number;
  start: number;
  end: number;
  content: string;
  contentStart: number;
  mdLevel?: number;
}

/**
 * A report pasted as one long line (from a web page, a PDF or a chat: "…报告如下：一、自查情况（一）…。二、存在问题…")
 * is cut into its logical paragraphs so that parts, numbering, 结束语 and 主送机关 can be checked. The pieces are
 * views over the original offsets: the user's text is never changed, and every finding maps back to it.
 *
 * Only a line that carries the whole outline is cut: it holds 一、 and 二、 (or 一、 and two sub-headings) in
 * sequence, its sections are longer than an in-sentence list (任务：一、加强学习；二、强化监督。), and no other line
 * of the text starts with a heading number.
 */
export function splitRunOn(lines: Line[], tail: { closing: RegExp; date: RegExp }): Line[] {
  if (lines.some((l) => l.mdLevel !== undefined || readMarker(l.content)?.level)) return lines;
  const out: Line[] = [];
  lines.forEach((line, i) => {
    const cuts = outlineCuts(line.content);
    if (!cuts.length) {
      out.push(line);
      return;
    }
    const first = i === lines.findIndex((l) => l.content);
    out.push(
      ...pieces(line, [
        ...frontCuts(line.content.slice(0, cuts[0]), first),
        ...cuts,
        ...tailCuts(line.content, cuts[cuts.length - 1], tail),
      ]),
    );
  });
  return out;
}

// What may stand right before a 一、 in running text: the end of a sentence, a colon, a closing quote or bracket.
const BEFORE_TOP = /[\s。：:！？!?”’」』）)】]/;
const CANDIDATE = /[一二三四五六七八九十]{1,3}[、.．，,]|[（(][一二三四五六七八九十\-－—–‐]{1,3}[）)]|\d{1,2}[.．、，,]|[（(]\d{1,2}[）)]/g;
const MIN_SECTION = 30;
const MARKER_WINDOW = 16;
const FIRST_OF_SERIES = /^([^。！？；：:]*?[^统唯单])(?:一是|第一，)/;
const TAIL_REACH = 100;

/** Offsets of the heading markers that form one outline 一、（一）1.（1）, numbered in sequence. */
function outlineCuts(content: string): number[] {
  if (content.length < 2 * MIN_SECTION) return [];
  const count = [0, 0, 0, 0, 0];
  const cuts: number[] = [];
  const tops: number[] = [];
  for (const m of content.matchAll(CANDIDATE)) {
    const at = m.index!;
    const marker = readMarker(content.slice(at, at + MARKER_WINDOW)); // a bounded slice keeps a huge line linear
    if (!marker || marker.level === 0) continue;
    const before = content[at - 1] ?? ' ';
    const expected = count[marker.level] + 1;
    // After a full stop a 一、 or （一） may also repeat or skip a number: that is heading-numbering's finding.
    const inSequence =
      marker.number === expected ||
      (marker.level <= 2 && expected > 1 && BEFORE_TOP.test(before) && marker.number >= expected - 1 && marker.number <= expected + 2);
    if (!inSequence) continue;
    const after = content[at + marker.text.length] ?? '';
    const han = /\p{Script=Han}/u;
    const fits =
      marker.level === 1
        ? at === 0 || BEFORE_TOP.test(before)
        : // （二） is distinct enough to follow a heading without punctuation (一、自查情况（一）…); 1. must follow a
          // sentence or a heading's last character and lead into text (not 共有1、2、3类).
          count[1] > 0 && before !== '第' && (marker.level === 2 || ((BEFORE_TOP.test(before) || han.test(before)) && han.test(after)));
    if (!fits) continue;
    count[marker.level] = marker.number;
    for (let level = marker.level + 1; level < count.length; level++) count[level] = 0;
    if (marker.level === 1) tops.push(at);
    cuts.push(at);
    // A heading that runs straight into its 一是 series (二、存在的问题一是……): the series starts the body.
    const series = FIRST_OF_SERIES.exec(content.slice(at + marker.text.length, at + marker.text.length + 40));
    if (marker.level <= 2 && series) cuts.push(at + marker.text.length + series.index + series[1].length);
  }
  const enough = tops.length >= 2 || (tops.length === 1 && cuts.length >= 3);
  const sectionLength = (content.length - (tops[0] ?? 0)) / Math.max(tops.length, 1);
  return enough && sectionLength >= MIN_SECTION ? cuts.filter((at) => at > 0) : [];
}

// A title names its kind at its end (…的报告, …情况报告, …工作总结); an opening sentence starts otherwise.
const TITLE_END = /(?:的|情况|自查|工作|述职|整改|自纠|专项)(?:报告|总结|汇报)$|材料$/;
const NOT_TITLE = /^(?:根据|按照|为|今年|近年|年初|我|在|经|现将|现就|自|随着)/;
const ADDRESSEE = /^[^，。；：:\s]{2,20}[：:](?=\S)/;

/** Before 一、: title and 主送机关 when they open the line, and paragraphs that were separated by spaces. */
function frontCuts(front: string, opensText: boolean): number[] {
  const cuts = spaceCuts(front, 0);
  if (!opensText) return cuts;
  const firstEnd = cuts[0] ?? front.length;
  const head = front.slice(0, firstEnd);
  const clause = /^[^，。；：:]{0,80}/.exec(head)![0];
  let title = 0;
  if (!NOT_TITLE.test(clause)) {
    for (const m of clause.matchAll(/报告|总结|汇报|材料/g)) {
      const end = m.index! + m[0].length;
      if (end >= 6 && end < clause.length && TITLE_END.test(clause.slice(0, end))) {
        title = end;
        break;
      }
    }
  }
  if (title) cuts.push(title);
  const addressee = ADDRESSEE.exec(head.slice(title));
  if (addressee) cuts.push(title + addressee[0].length);
  return cuts;
}

/** After the last section: the 结束语 (特此报告。), then 落款 and 成文日期. */
function tailCuts(content: string, lastCut: number, { closing, date }: { closing: RegExp; date: RegExp }): number[] {
  const cuts: number[] = [];
  let end = content.length;
  const dated = date.exec(content.slice(lastCut));
  if (dated) {
    end = lastCut + dated.index;
    cuts.push(end);
  }
  // The 结束语 is among the last sentences: 以上情况 further up is body text (以上情况表明……).
  const from = Math.max(lastCut, end - TAIL_REACH);
  let closingAt = -1;
  for (const m of content.slice(from, end).matchAll(closing)) {
    const at = from + m.index!;
    if (BEFORE_TOP.test(content[at - 1] ?? '')) closingAt = at;
  }
  if (closingAt > 0) {
    cuts.push(closingAt);
    const stop = /[。！!]/.exec(content.slice(closingAt, end));
    const closingEnd = stop ? closingAt + stop.index + 1 : end;
    cuts.push(closingEnd, ...spaceCuts(content.slice(closingEnd, end), closingEnd));
  } else if (dated) {
    // A 落款 right before the date: the short run after the last sentence.
    const sentenceEnd = Math.max(...[...'。！？!?'].map((c) => content.lastIndexOf(c, end - 1))) + 1;
    if (sentenceEnd > lastCut && end - sentenceEnd <= 40) cuts.push(sentenceEnd);
  }
  return cuts;
}

/** Runs of spaces that separated paragraphs before the text lost its line breaks. */
function spaceCuts(text: string, offset: number): number[] {
  return [...text.matchAll(/[ \t\u3000\u00a0]+(?=\S)/g)].filter((m) => m.index! > 0).map((m) => offset + m.index! + m[0].length);
}

/** The line cut at `cuts` (offsets into its content), each piece trimmed, empty pieces dropped. */
function pieces(line: Line, cuts: number[]): Line[] {
  const points = [...new Set([0, ...cuts.filter((c) => c > 0 && c < line.content.length)])].sort((a, b) => a - b);
  const out: Line[] = [];
  points.forEach((from, k) => {
    const raw = line.content.slice(from, points[k + 1] ?? line.content.length);
    const content = raw.trim();
    if (!content) return;
    const contentStart = line.contentStart + from + (raw.length - raw.trimStart().length);
    out.push({
      index: line.index,
      start: k === 0 ? line.start : contentStart,
      end: contentStart + content.length,
      content,
      contentStart,
    });
  });
  return out;
}
