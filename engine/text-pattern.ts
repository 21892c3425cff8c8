import { RE2JS } from 're2js';

/**
 * A regular expression of a data entry (an outdated 提法's `pattern`, a confusable's context).
 * Built-in data runs on JS RegExp: its patterns are reviewed and tested (text-pattern.test.ts checks
 * they also compile on RE2). A user pack's patterns come with a repository someone else wrote, so
 * they run on RE2 (re2js), whose matching time is linear in the text: `(a+)+$` cannot hang a check.
 */
export interface TextPattern {
  /** Non-overlapping matches, left to right, as [offset, matched text]. */
  matchAll(text: string): Iterable<[number, string]>;
  test(text: string): boolean;
  /**
   * `template` filled in ($1, $<name>, $&, $$ as in String.replace) from the match `found` at `at` in `text`.
   * Lookarounds see the whole text, so 市政发[2026]3号 with (?=\d{1,4}号) fills in as it matched.
   */
  replaceAt(text: string, at: number, found: string, template: string): string;
}

/** A built-in (reviewed) pattern on JS RegExp; `suffix` is appended outside the pattern (e.g. `$`). */
export function builtinPattern(source: string, suffix = ''): TextPattern {
  const regex = new RegExp(`(?:${source})${suffix}`, 'gu');
  const once = new RegExp(regex.source, 'u');
  const sticky = new RegExp(regex.source, 'uy');
  return {
    *matchAll(text) {
      for (const m of text.matchAll(regex)) yield [m.index!, m[0]];
    },
    test: (text) => once.test(text),
    replaceAt: (text, at, found, template) => {
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m?.[0] !== found) return found;
      // A sticky, non-global regex replaces only the match at lastIndex: cut the filled-in template out.
      sticky.lastIndex = at;
      const whole = text.replace(sticky, template);
      return whole.slice(at, whole.length - (text.length - at - found.length));
    },
  };
}

/** Largest RE2 program one user pattern may compile to: matching is linear, with the program size as factor. */
export const MAX_PROGRAM_SIZE = 500;

/**
 * A user pattern on RE2, or the reason it cannot be used (backreferences and lookaround have no
 * linear-time implementation; RE2 rejects them). JS syntax is accepted: \u escapes, \p{Script=…},
 * and JS meanings of `.` and `\s` are translated.
 */
export function userPattern(source: string, suffix = ''): (TextPattern & { size: number }) | { problem: string } {
  let re: RE2JS;
  try {
    re = RE2JS.compile(`(?:${toRe2Syntax(source)})${suffix}`);
  } catch (error) {
    const reason = (error as Error).message.replace(/^error parsing regexp: /, '');
    return { problem: `不能用于规则包（规则包的正则表达式按 RE2 语法逐字执行，不支持反向引用和前后断言）：${reason}` };
  }
  if (re.programSize() > MAX_PROGRAM_SIZE)
    return { problem: `过于复杂（RE2 程序 ${re.programSize()} 条指令，上限 ${MAX_PROGRAM_SIZE}），请拆分或简化。` };
  return {
    size: re.programSize(),
    *matchAll(text) {
      if (!re.test(text)) return; // the DFA answers "no match" fast; captures need the slower matcher
      for (const m of re.matchAll(text)) yield [m.index!, m[0]];
    },
    test: (text) => re.test(text),
    // RE2 has no lookaround, so `found` alone matches as it did in the text.
    replaceAt: (_text, _at, found, template) => re.matcher(found).replaceFirst(template, false),
  };
}

/** JS `\s` (with the ideographic space U+3000 that Chinese text uses), as RE2 class contents. */
const JS_SPACE = '\\t\\n\\v\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';

/**
 * JS RegExp syntax (as written in the data files) to RE2 syntax with the same meaning. What has no
 * RE2 equivalent (\1, \k<name>, (?=, (?<=) is left as is, so RE2 rejects it and the entry is reported.
 */
function toRe2Syntax(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      const rest = source.slice(i + 1);
      const unicode = /^u\{([0-9a-fA-F]+)\}|^u([0-9a-fA-F]{4})/.exec(rest);
      const property = /^([pP])\{(?:Script|sc|Script_Extensions|scx)=(\w+)\}/.exec(rest);
      if (unicode) {
        out += `\\x{${unicode[1] ?? unicode[2]}}`;
        i += unicode[0].length;
      } else if (property) {
        out += `\\${property[1]}{${property[2]}}`;
        i += property[0].length;
      } else if (next === 's') {
        out += inClass ? JS_SPACE : `[${JS_SPACE}]`;
        i++;
      } else if (next === 'S' && !inClass) {
        out += `[^${JS_SPACE}]`;
        i++;
      } else {
        out += c + next;
        i++;
      }
    } else if (c === '[' && !inClass) {
      inClass = true;
      out += c;
      if (source[i + 1] === '^') out += source[++i];
    } else if (c === ']' && inClass) {
      inClass = false;
      out += c;
    } else if (c === '.' && !inClass) {
      out += '[^\\n\\r\\x{2028}\\x{2029}]';
    } else {
      out += c;
    }
  }
  return out;
}
