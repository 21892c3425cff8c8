import type { FixClass } from './rule';

/**
 * The rule reference, as a path from the repository root (and from the installed extension, which ships it).
 * package.json names no public repository, so a diagnostic's link points at the shipped copy (server/src/convert.ts);
 * docs/rules.md has one heading per rule id, which is the anchor.
 */
export const RULES_DOC = 'docs/rules.md';

export const FIX_CLASS_ZH: Record<FixClass, string> = {
  safe: '安全修复',
  judgement: '需确认',
  mixed: '安全修复/需确认',
  none: '—',
};

/** The rule's section of the reference under `root`, a folder URL (file:///…/gongwen or https://…). */
export function ruleDocUrl(root: string, id: string): string {
  return `${root.replace(/\/?$/, '/')}${RULES_DOC}#${id}`;
}
