/**
 * Literal runs of Chinese characters that every match of a regular expression must contain, one set
 * per top-level alternative (null when some alternative has none). A text without any of them cannot
 * match, so the expensive scan is skipped. Only runs outside groups and classes, with no quantifier
 * after them, are taken: those are certain to appear in a match.
 */
export function requiredAnchors(source: string): string[] | null {
  const anchors: string[] = [];
  for (const branch of topLevelBranches(source)) {
    let best = '';
    let run = '';
    let depth = 0;
    for (let i = 0; i < branch.length; i++) {
      const c = branch[i];
      if (c === '\\') { run = ''; i++; continue; }
      if (c === '[') {
        run = '';
        while (i < branch.length && branch[i] !== ']') i += branch[i] === '\\' ? 2 : 1;
        continue;
      }
      if (c === '(') { depth++; run = ''; continue; }
      if (c === ')') { depth--; run = ''; continue; }
      const quantified = /^[?*{]/.test(branch[i + 1] ?? '');
      if (depth === 0 && /\p{Script=Han}/u.test(c) && !quantified) {
        run += c;
        if (run.length > best.length) best = run;
      } else {
        run = '';
      }
    }
    if (best.length < 2) return null;
    anchors.push(best);
  }
  return anchors;
}

function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1; continue; }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { branches.push(source.slice(start, i)); start = i + 1; }
  }
  branches.push(source.slice(start));
  return branches;
}
