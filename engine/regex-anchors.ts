/**
 * Literal runs that every match of a regular expression must contain, as a set of which at least one occurs
 * in any match (null when nothing is certain). A text without any of them cannot match, so the expensive scan is
 * skipped. A run counts when it is outside classes and lookarounds with no quantifier after it (or after the group
 * holding it); a group without a quantifier gives a set when each of its alternatives does
 * ((?:十四运会|第十四届全国运动会) → 十四运会 or 第十四届全). Each alternative takes its longest certain set.
 */
export function requiredAnchors(source: string): string[] | null {
  const parsed = alternatives(source, 0);
  return parsed.end === source.length ? required(parsed.branches) : null;
}

type Item =
  { kind: 'char'; char: string; quantified: boolean } | { kind: 'group'; branches: Item[][]; quantified: boolean } | { kind: 'other' };

/** A literal that can be part of an anchor: Chinese characters, Latin letters and digits. */
const LITERAL = /[\p{Script=Han}A-Za-z0-9]/u;
const QUANTIFIER = /^[?*+{]/;

function required(branches: Item[][]): string[] | null {
  const sets: string[] = [];
  for (const branch of branches) {
    const best = bestSet(branch);
    if (!best) return null;
    sets.push(...best);
  }
  return [...new Set(sets)];
}

/** The set with the longest shortest member among the branch's literal runs and its groups' sets. */
function bestSet(branch: Item[]): string[] | null {
  let best: string[] | null = null;
  const consider = (set: string[] | null) => {
    if (set && Math.min(...set.map((s) => s.length)) >= 2 && (!best || shortest(set) > shortest(best))) best = set;
  };
  let run = '';
  for (const item of branch) {
    if (item.kind === 'char' && !item.quantified) {
      run += item.char;
      consider([run]);
      continue;
    }
    run = '';
    if (item.kind === 'group' && !item.quantified) consider(required(item.branches));
  }
  return best;
}

function shortest(set: string[]): number {
  return Math.min(...set.map((s) => s.length));
}

/** Parses alternatives from `i` up to an unmatched `)` or the end. */
function alternatives(source: string, start: number): { branches: Item[][]; end: number } {
  const branches: Item[][] = [[]];
  let i = start;
  while (i < source.length && source[i] !== ')') {
    const c = source[i];
    const branch = branches[branches.length - 1];
    if (c === '|') {
      branches.push([]);
      i++;
    } else if (c === '\\') {
      branch.push({ kind: 'other' });
      i = skipQuantifier(source, i + 2).end;
    } else if (c === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      branch.push({ kind: 'other' });
      i = skipQuantifier(source, j + 1).end;
    } else if (c === '(') {
      const lookaround = /^\(\?<?[=!]/.test(source.slice(i, i + 4));
      const open = lookaround
        ? i + (source[i + 2] === '<' ? 4 : 3)
        : source.startsWith('(?:', i)
          ? i + 3
          : source.startsWith('(?<', i)
            ? source.indexOf('>', i) + 1
            : i + 1;
      const inner = alternatives(source, open);
      const after = skipQuantifier(source, inner.end + 1);
      branch.push(lookaround ? { kind: 'other' } : { kind: 'group', branches: inner.branches, quantified: after.quantified });
      i = after.end;
    } else {
      const after = skipQuantifier(source, i + 1);
      branch.push(LITERAL.test(c) ? { kind: 'char', char: c, quantified: after.quantified } : { kind: 'other' });
      i = after.end;
    }
  }
  return { branches, end: i };
}

/** Past a quantifier at `i` (?, *, +, {m,n}, with a lazy ?), if there is one. */
function skipQuantifier(source: string, i: number): { end: number; quantified: boolean } {
  if (!QUANTIFIER.test(source[i] ?? '')) return { end: i, quantified: false };
  let end = source[i] === '{' ? source.indexOf('}', i) + 1 : i + 1;
  if (source[end] === '?') end++;
  return { end, quantified: true };
}
