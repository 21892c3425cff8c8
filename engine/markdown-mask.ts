import type { LineIndex } from './line-index';

/**
 * Blanks out the parts of a Markdown file that are not report text (front matter, code,
 * HTML comments, link targets, table rows, syntax marks), keeping every offset and line
 * break where it was, so rules can scan the result and report offsets into the original.
 */
export function maskMarkdown(text: string, index: LineIndex): string {
  const out = text.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  };
  const lines = [...index.spans()];
  let i = 0;

  // Front matter: a --- line first, closed by --- or ...
  if (lines.length && /^---\s*$/.test(text.slice(lines[0].start, lines[0].end))) {
    for (let j = 1; j < lines.length; j++) {
      if (/^(---|\.\.\.)\s*$/.test(text.slice(lines[j].start, lines[j].end))) {
        blank(0, lines[j].end);
        i = j + 1;
        break;
      }
    }
  }

  let fence: string | null = null;
  for (; i < lines.length; i++) {
    const { start, end } = lines[i];
    const line = text.slice(start, end);
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      blank(start, end);
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      blank(start, end);
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line) || /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/.test(line)) {
      blank(start, end); // table rows are data, not prose
      continue;
    }
    maskLineSyntax(text, start, end, blank);
  }

  // HTML comments may span lines.
  for (const m of text.matchAll(/<!--[\s\S]*?(-->|$)/g)) blank(m.index!, m.index! + m[0].length);
  return out.join('');
}

function maskLineSyntax(text: string, start: number, end: number, blank: (a: number, b: number) => void): void {
  const line = text.slice(start, end);
  const lead = /^ {0,3}(#{1,6}\s+|>\s?|[-+*]\s+|\d{1,9}[.)]\s+)?/.exec(line);
  // Only mark a "1." list marker as syntax when it is not a 公文 heading number like "1.加强学习".
  if (lead && lead[1] && !/^\d/.test(lead[1].trim())) blank(start, start + lead[0].length);
  for (const m of line.matchAll(/`+[^`]*`+/g)) blank(start + m.index!, start + m.index! + m[0].length);
  for (const m of line.matchAll(/!?\[|\]\([^)]*\)|<https?:[^>]*>/g)) blank(start + m.index!, start + m.index! + m[0].length);
  // Emphasis delimiters that come in pairs on the line.
  for (const m of line.matchAll(/(\*\*|__|\*)(?=\S)([^*\n]*?\S)\1/g)) {
    const a = start + m.index!;
    const b = a + m[0].length;
    blank(a, a + m[1].length);
    blank(b - m[1].length, b);
  }
}
