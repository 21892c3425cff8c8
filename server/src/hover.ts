import type { Hover, MarkupContent, Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { canonicalList, formulationAt, REVIEW_CATEGORIES, ruleDocUrl, rules, SEVERITY_ZH, findingCategory } from '../../engine';
import type { Finding } from '../../engine';
import type { ServerContext } from './analysis';
import { EXTENSION_ROOT } from './convert';

export function registerHover({ connection, documents, analysis }: ServerContext): void {
  connection.onHover(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    return document
      ? joinHovers(findingHover(document, await analysis.findingsOf(document), position), formulationHover(document, position))
      : null;
  });
}

/**
 * The hover card of the findings under the cursor: what is wrong, why (the rule's reason, the data entry's
 * reason), where the knowledge comes from (the entry's source and date), the fix, and the rule's documentation.
 * registerHover calls this first; other hover cards (formulations) follow it.
 */
export function findingHover(document: TextDocument, findings: readonly Finding[], position: Position): Hover | null {
  const at = document.offsetAt(position);
  const here = findings.filter(
    (f) => f.offset <= at && at <= f.offset + f.length && (f.length > 0 || f.range.start.line === position.line),
  );
  if (!here.length) return null;
  const contents: MarkupContent = { kind: 'markdown', value: here.map(card).join('\n\n---\n\n') };
  const start = Math.min(...here.map((f) => f.offset));
  const end = Math.max(...here.map((f) => f.offset + f.length));
  return { contents, range: { start: document.positionAt(start), end: document.positionAt(end) } };
}

function card(finding: Finding): string {
  const rule = rules.find((r) => r.id === finding.rule);
  const category = REVIEW_CATEGORIES.find((c) => c.id === findingCategory(finding))!;
  const lines = [`**${SEVERITY_ZH[finding.severity]} · ${category.zh}** — ${md(finding.message)}`];
  if (rule) lines.push(`**为什么：** ${md(rule.description)}。${md(firstParagraph(rule.details))}`);
  if (finding.entry) {
    lines.push(
      `**依据：** ${md(finding.entry.source)}${finding.entry.date ? `（${finding.entry.date}）` : ''}，条目 \`${finding.entry.id}\``,
    );
  }
  const fix = finding.fixes[0];
  lines.push(
    fix
      ? `**修改：** ${md(fix.title)}${fix.safe ? '（安全修复，可一键修复）' : '（请确认后修改）'}`
      : '**修改：** 需人工判断，本规则不提供自动修改。',
  );
  lines.push(`[规则说明：${finding.rule}](${ruleDocUrl(EXTENSION_ROOT, finding.rule)})`);
  return lines.join('\n\n');
}

/**
 * The card of the 固有表述 under the cursor, correct or not (reviewers check the wording against it): the canonical
 * wording, its items in order, the right verbs, the source and the date (engine/formulations/data.ts finds it).
 */
export function formulationHover(document: TextDocument, position: Position): Hover | null {
  const hit = formulationAt(document.getText(), document.offsetAt(position));
  if (!hit) return null;
  const { entry } = hit;
  const lines = [`**固有表述 · ${md(entry.name)}**`, `**规范表述：** ${md(entry.canonical)}`];
  if (entry.items?.length) lines.push(`**条目${entry.ordered ? '（顺序固定）' : ''}：** ${md(canonicalList(entry))}`);
  if (entry.verbs?.length) lines.push(`**搭配：** ${md(entry.verbs.join('、'))}`);
  lines.push(`**出处：** ${md(entry.source)}（${entry.since}${entry.confidence === 'confirmed' ? '' : '，待进一步核实'}）`);
  return {
    contents: { kind: 'markdown', value: lines.join('\n\n') },
    range: { start: document.positionAt(hit.offset), end: document.positionAt(hit.offset + hit.length) },
  };
}

/** Findings first, then the formulation card; the range is the finding's when there is one. */
export function joinHovers(first: Hover | null, second: Hover | null): Hover | null {
  if (!first || !second) return first ?? second;
  const value = `${(first.contents as MarkupContent).value}\n\n---\n\n${(second.contents as MarkupContent).value}`;
  return { contents: { kind: 'markdown', value }, range: first.range };
}

function firstParagraph(details: string): string {
  return details.split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, ' ');
}

/** Markdown characters in messages (quotes of the report's own text) shown as text. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, '\\$&');
}
