import { REVIEW_CATEGORIES, ReviewCategory, ReviewCategoryId } from './review-categories';
import { rules } from './rules';
import type { Heading, ReportStructure } from './structure/parse';
import { SEVERITIES } from './types';
import type { Finding, Severity } from './types';

/** A finding's review category: the one check() set, else its rule's (findings made before categories existed). */
export function findingCategory(finding: Finding): ReviewCategoryId {
  return finding.category ?? rules.find((r) => r.id === finding.rule)?.category ?? 'structure';
}

export type SeverityCounts = Record<Severity, number>;

export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The most serious severity among findings (the icon of a group), or undefined when there are none. */
export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  return SEVERITIES.find((s) => findings.some((f) => f.severity === s));
}

/** Where in the report a finding is: a top-level part (一、…), or before the first / after the last one. */
export interface PartGroup {
  /** 一、基本情况 · 开头（标题、主送机关、导语） · 结尾（结束语、落款、成文日期） · 全文 (a report without headings). */
  label: string;
  /** 0-based line of the part's heading (of the first finding for the frame groups). */
  line: number;
  findings: Finding[];
}

export interface CategoryGroup {
  category: ReviewCategory;
  findings: Finding[];
  counts: SeverityCounts;
  /** Findings of this category that carry a safe fix (what 修复本类安全问题 would apply). */
  safe: number;
  parts: PartGroup[];
}

/**
 * The findings by review category (in the categories' order), then by top-level part of the report, in text
 * order. Every category is listed, empty ones with no findings, so a summary table always has all rows; views
 * leave the empty ones out.
 */
export function groupFindings(
  findings: readonly Finding[],
  structure: Pick<ReportStructure, 'headings' | 'closing' | 'signature' | 'date'>,
): CategoryGroup[] {
  const tops = structure.headings.filter((h) => h.kind === 'heading');
  // The last part's section runs to the end of the text; its 结束语, 落款 and 成文日期 are the report's ending.
  const tail = Math.min(...[structure.closing, structure.signature, structure.date].map((p) => p?.offset ?? Infinity));
  const byCategory = new Map<ReviewCategoryId, Finding[]>(REVIEW_CATEGORIES.map((c) => [c.id, []]));
  for (const f of findings) byCategory.get(findingCategory(f))!.push(f);
  return REVIEW_CATEGORIES.map((category) => {
    const list = byCategory.get(category.id)!;
    return {
      category,
      findings: list,
      counts: countSeverities(list),
      safe: list.filter((f) => f.fixes.some((x) => x.safe)).length,
      parts: byPart(list, tops, tail),
    };
  });
}

function byPart(findings: Finding[], tops: Heading[], tail: number): PartGroup[] {
  const groups = new Map<string, PartGroup>();
  for (const f of findings) {
    // Headings are in text order and do not overlap: the last one starting at or before the finding holds it.
    let index = -1;
    for (let lo = 0, hi = tops.length - 1; lo <= hi;) {
      const mid = (lo + hi) >> 1;
      if (tops[mid].start <= f.offset) {
        index = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const heading = index >= 0 && f.offset < tops[index].end && f.offset < tail ? tops[index] : undefined;
    const key = heading ? `h${index}` : !tops.length ? 'all' : index < 0 ? 'head' : 'tail';
    let group = groups.get(key);
    if (!group) {
      const label = heading
        ? headingLabel(heading)
        : key === 'all'
          ? '全文'
          : key === 'head'
            ? '开头（标题、主送机关、导语）'
            : '结尾（结束语、落款、成文日期）';
      group = { label, line: heading ? heading.line : f.range.start.line, findings: [] };
      groups.set(key, group);
    }
    group.findings.push(f);
  }
  return [...groups.values()].sort((a, b) => a.line - b.line);
}

/** 一、基本情况 (the marker and the heading text up to its first 。, at most 24 characters). */
export function headingLabel(heading: Heading): string {
  const text = `${heading.marker?.text ?? ''}${heading.title.text}`.trim();
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}
