import { Minimatch } from 'minimatch';

/**
 * File globs of a config (`ignoreFiles`, `ignore[].files`). They come with the repository, and
 * minimatch is not safe on any input: an extglob such as +(a|a)+(a|a)…b becomes a backtracking
 * RegExp that never finishes, and {1..1000000} or twenty {a,b} groups expand to a million patterns.
 * So extglobs are off (read literally), braces are expanded here — only flat {a,b} lists, at most
 * MAX_VARIANTS patterns — and each glob list is compiled once, not on every check.
 */
const MAX_VARIANTS = 64;
const MAX_LENGTH = 500;

/** Why a glob is refused, or undefined when it can be used. */
export function globProblem(glob: string): string | undefined {
  if (glob.length > MAX_LENGTH) return `通配符过长（超过 ${MAX_LENGTH} 个字符）`;
  const expanded = expandBraces(glob);
  return 'problem' in expanded ? expanded.problem : undefined;
}

const compiled = new WeakMap<readonly string[], Minimatch[]>();

/** Whether `relative` (a /-separated path from the config's folder) matches one of `globs`; refused globs never match. */
export function matchesGlobs(globs: readonly string[], relative: string): boolean {
  let matchers = compiled.get(globs);
  if (!matchers) {
    matchers = globs
      .filter((g) => !globProblem(g))
      .flatMap((g) =>
        (expandBraces(g) as string[]).map(
          (variant) => new Minimatch(variant, { dot: true, matchBase: !g.includes('/'), noext: true, nobrace: true }),
        ),
      );
    compiled.set(globs, matchers);
  }
  return matchers.some((m) => m.match(relative));
}

/** `a/{b,c}/*.{txt,md}` → its variants; nested braces and {1..9} ranges are refused. */
function expandBraces(glob: string): string[] | { problem: string } {
  if (/[{}]/.test(glob.replace(/\{[^{}]*\}/g, ''))) return { problem: '不支持嵌套或不成对的 {}' };
  if (/\{[^{}]*\.\.[^{}]*\}/.test(glob)) return { problem: '不支持 {1..9} 形式的范围' };
  const groups = [...glob.matchAll(/\{([^{}]*,[^{}]*)\}/g)]; // {a} without a comma stays literal, as in minimatch
  const variants = groups.reduce((n, g) => n * g[1].split(',').length, 1);
  if (variants > MAX_VARIANTS) return { problem: `{} 展开后超过 ${MAX_VARIANTS} 个通配符` };
  let out = [''];
  let at = 0;
  for (const g of groups) {
    const literal = glob.slice(at, g.index);
    out = out.flatMap((prefix) => g[1].split(',').map((alt) => prefix + literal + alt));
    at = g.index! + g[0].length;
  }
  return out.map((prefix) => prefix + glob.slice(at));
}
