import { REVIEW_CATEGORIES } from './review-categories';
import type { ReviewCategoryId } from './review-categories';
import { countSeverities, CategoryGroup, findingCategory, groupFindings } from './review-groups';
import { ruleDocUrl } from './rule-docs';
import { rules } from './rules';
import type { ReportSummary } from './describe';
import type { Finding, Severity } from './types';

/**
 * The 审校报告: one document or a workspace of them, as HTML (self-contained, A4), Markdown or SARIF 2.1.0.
 * Pure: the caller checks the files and passes text, findings and describeReport's summary; the VS Code command
 * (server) and `gongwen check --format` both call this module, so the report reads the same everywhere.
 */
export type ReviewFormat = 'html' | 'markdown' | 'sarif';

export interface ReviewDocument {
  /** The file as shown (a workspace-relative path; SARIF takes it as the artifact URI, so use / separators). */
  file: string;
  text: string;
  findings: readonly Finding[];
  summary: Pick<ReportSummary, 'charCount' | 'type' | 'referenceDate' | 'model'>;
}

export interface ReviewMeta {
  /** Tool version (package.json). */
  version: string;
  /** Data version (rule-data.ts dataVersion().label). */
  dataVersion: string;
  /** Folder URL that holds docs/rules.md (the installed extension, or a repository URL). */
  docsRoot: string;
  /** When the report was made, as the caller wants it shown (YYYY-MM-DD HH:mm); absent: not shown. */
  generated?: string;
}

/** `2026-12-06 04:20` in the local time of `date`: when a report was made (ReviewMeta.generated). */
export function reportStamp(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())} ${p(date.getHours())}:${p(date.getMinutes())}`;
}

export const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示', hint: '建议' };

export function reviewReport(format: ReviewFormat, documents: readonly ReviewDocument[], meta: ReviewMeta): string {
  if (format === 'html') return reviewHtml(documents, meta);
  if (format === 'markdown') return reviewMarkdown(documents, meta);
  return reviewSarif(documents, meta);
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

interface Numbered {
  n: number;
  finding: Finding;
}

/** A document's findings numbered in text order (the order check() returns), 1-based. */
function numbered(findings: readonly Finding[]): Numbered[] {
  return [...findings].sort((a, b) => a.offset - b.offset || a.length - b.length).map((finding, i) => ({ n: i + 1, finding }));
}

function titleOf(doc: ReviewDocument): string {
  return doc.summary.model.structure().title?.text.trim() || doc.file;
}

function fixText(finding: Finding): string {
  const fix = finding.fixes[0];
  if (!fix) return '';
  return `${fix.title}${fix.safe ? '（可自动修复）' : ''}`;
}

function sourceText(finding: Finding): string {
  const rule = rules.find((r) => r.id === finding.rule);
  if (finding.entry) return `${finding.entry.source}${finding.entry.date ? `（${finding.entry.date}）` : ''}`;
  return rule ? `规则 ${rule.id}：${rule.description}` : `规则 ${finding.rule}`;
}

function categoryZh(finding: Finding): string {
  const id = findingCategory(finding);
  return REVIEW_CATEGORIES.find((c) => c.id === id)!.zh;
}

/** Severity columns of the summary table: 提示 counts info and hint together, as the CLI's text output does. */
const COLUMNS: { label: string; severities: Severity[] }[] = [
  { label: '错误', severities: ['error'] },
  { label: '警告', severities: ['warning'] },
  { label: '提示', severities: ['info', 'hint'] },
];

function summaryRows(groups: CategoryGroup[]): { name: string; cells: number[]; total: number }[] {
  const rows = groups.map((g) => ({
    name: g.category.zh,
    cells: COLUMNS.map((c) => c.severities.reduce((sum, s) => sum + g.counts[s], 0)),
    total: g.findings.length,
  }));
  const total = {
    name: '合计',
    cells: COLUMNS.map((_, i) => rows.reduce((sum, r) => sum + r.cells[i], 0)),
    total: rows.reduce((s, r) => s + r.total, 0),
  };
  return [...rows, total];
}

function allGroups(documents: readonly ReviewDocument[]): CategoryGroup[] {
  const merged = documents.map((d) => groupFindings(d.findings, d.summary.model.structure()));
  return REVIEW_CATEGORIES.map((category, i) => {
    const findings = merged.flatMap((g) => g[i].findings);
    return { category, findings, counts: countSeverities(findings), safe: merged.reduce((s, g) => s + g[i].safe, 0), parts: [] };
  });
}

// ————————————————————————————————————————— HTML —————————————————————————————————————————

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const BODY_FONTS =
  '"FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif';
const TITLE_FONTS = '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif';
const HEI_FONTS = '"黑体", "SimHei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

const CSS = `
@page { size: A4; margin: 22mm 20mm 20mm 22mm; }
* { box-sizing: border-box; }
html { background: #eceae6; }
body { margin: 0; font-family: ${BODY_FONTS}; font-size: 11pt; line-height: 1.65; color: #1a1a1a; }
.sheet { background: #fff; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 20mm 20mm 18mm 22mm; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.masthead { text-align: center; border-bottom: 2.5pt solid #b2201f; padding-bottom: 4mm; margin-bottom: 6mm; }
.masthead .org { font-family: ${HEI_FONTS}; color: #b2201f; letter-spacing: .4em; font-size: 10.5pt; }
h1 { font-family: ${TITLE_FONTS}; font-size: 22pt; font-weight: bold; letter-spacing: .3em; margin: 2mm 0 1mm; }
.masthead .doc { font-size: 13pt; margin: 0; }
h2 { font-family: ${HEI_FONTS}; font-size: 13pt; font-weight: normal; margin: 7mm 0 3mm; padding-left: 2mm; border-left: 3pt solid #b2201f; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
th, td { border: .75pt solid #555; padding: 1.2mm 2mm; vertical-align: top; }
th { font-family: ${HEI_FONTS}; font-weight: normal; background: #f1efea; white-space: nowrap; }
table.meta th { width: 24mm; text-align: left; white-space: nowrap; }
table.summary td.n, table.summary th.n { text-align: center; width: 18mm; }
table.summary tr.total td { font-weight: bold; background: #f7f6f2; }
table.summary td.zero { color: #aaa; }
.text { border: .75pt solid #555; font-size: 11.5pt; }
.line { display: grid; grid-template-columns: 9mm 1fr 16mm; border-bottom: .4pt dotted #ccc; break-inside: avoid; }
.line:last-child { border-bottom: none; }
.line .no { color: #888; font-size: 8pt; text-align: right; padding: .8mm 1.5mm 0 0; border-right: .4pt solid #ccc; font-family: ${HEI_FONTS}; }
.line .content { padding: .3mm 2.5mm; white-space: pre-wrap; word-break: break-all; min-height: 1.65em; }
.line .margin { border-left: .4pt solid #ccc; padding: .3mm 1mm; color: #b2201f; font-family: ${HEI_FONTS}; font-size: 9pt; text-align: left; }
mark { background: none; padding: 0 .2mm; }
mark.error { background: #fbd5d3; border-bottom: 1.2pt solid #c0261f; }
mark.warning { background: #fcebc0; border-bottom: 1.2pt solid #c98a00; }
mark.info, mark.hint { background: #dcebf7; border-bottom: 1.2pt dashed #2e6da4; }
sup.ref { font-family: ${HEI_FONTS}; font-size: 7pt; color: #b2201f; margin: 0 .3mm; }
.caret { color: #b2201f; font-family: ${HEI_FONTS}; }
table.findings td.n { text-align: center; width: 11mm; font-family: ${HEI_FONTS}; }
table.findings td.where { white-space: nowrap; width: 15mm; font-size: 9pt; }
table.findings td.cat { width: 22mm; font-size: 9.5pt; }
table.findings .msg { margin: 0; }
table.findings .fix { margin: .8mm 0 0; color: #1d5b2b; }
table.findings .src { margin: .8mm 0 0; color: #555; font-size: 9pt; }
table.findings a { color: #2e5c8a; text-decoration: none; }
.sev { display: inline-block; font-family: ${HEI_FONTS}; font-size: 8.5pt; padding: 0 1.2mm; border-radius: 1mm; color: #fff; white-space: nowrap; }
.sev.error { background: #c0261f; } .sev.warning { background: #c98a00; } .sev.info, .sev.hint { background: #2e6da4; }
.none { text-align: center; padding: 5mm; font-size: 13pt; }
.foot { margin-top: 8mm; padding-top: 2mm; border-top: .75pt solid #999; font-size: 9pt; color: #555; display: flex; justify-content: space-between; }
.sign { margin-top: 10mm; display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 6mm; font-size: 10.5pt; }
.sign div { border-bottom: .75pt solid #555; padding-bottom: 6mm; }
.doc-break { break-before: page; }
@media print {
  html { background: none; }
  .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  a { color: inherit; }
}
`;

function reviewHtml(documents: readonly ReviewDocument[], meta: ReviewMeta): string {
  const single = documents.length === 1 ? documents[0] : undefined;
  const heading = single ? titleOf(single) : `工作区 ${documents.length} 份报告`;
  const body: string[] = [];
  body.push(
    '<div class="masthead">',
    '<div class="org">公 文 报 告 审 校</div>',
    '<h1>审校报告</h1>',
    `<p class="doc">${escapeHtml(heading)}</p>`,
    '</div>',
  );
  if (!single) {
    body.push('<h2>一、总体情况</h2>', htmlSummary(allGroups(documents)));
    body.push('<table class="meta"><thead><tr><th>文件</th><th>标题</th><th class="n">问题</th></tr></thead><tbody>');
    for (const d of documents) {
      body.push(`<tr><td>${escapeHtml(d.file)}</td><td>${escapeHtml(titleOf(d))}</td><td class="n">${d.findings.length}</td></tr>`);
    }
    body.push('</tbody></table>', htmlMetaFooter(meta));
  }
  documents.forEach((doc, i) => body.push(htmlDocument(doc, meta, !single, i)));
  body.push('<div class="sign"><div>审校人：</div><div>复核人：</div><div>日期：</div></div>');
  body.push(
    `<div class="foot"><span>Gongwen 公文报告助手 ${escapeHtml(meta.version)} 生成，仅供审校参考，定稿以人工审核为准。</span>` +
      `<span>${meta.generated ? `生成时间 ${escapeHtml(meta.generated)}` : ''}</span></div>`,
  );
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>审校报告 — ${escapeHtml(heading)}</title>
<style>${CSS}</style>
</head>
<body>
<div class="sheet">
${body.join('\n')}
</div>
</body>
</html>
`;
}

function htmlMetaFooter(meta: ReviewMeta): string {
  return `<table class="meta"><tbody><tr><th>规则数据</th><td>${escapeHtml(meta.dataVersion)}</td></tr></tbody></table>`;
}

function htmlSummary(groups: CategoryGroup[]): string {
  const rows = summaryRows(groups);
  const head = `<tr><th>审校类别</th>${COLUMNS.map((c) => `<th class="n">${c.label}</th>`).join('')}<th class="n">合计</th></tr>`;
  const cell = (n: number) => `<td class="n${n ? '' : ' zero'}">${n}</td>`;
  const body = rows.map(
    (r, i) =>
      `<tr${i === rows.length - 1 ? ' class="total"' : ''}><td>${escapeHtml(r.name)}</td>${r.cells.map(cell).join('')}${cell(r.total)}</tr>`,
  );
  return `<table class="summary"><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
}

function htmlDocument(doc: ReviewDocument, meta: ReviewMeta, inWorkspace: boolean, index: number): string {
  const list = numbered(doc.findings);
  const groups = groupFindings(doc.findings, doc.summary.model.structure());
  const out: string[] = [];
  const chapter = (n: number, name: string) => (inWorkspace ? `${index + 1}.${n} ${name}` : `${'一二三四'[n - 1]}、${name}`);
  if (inWorkspace) out.push(`<h2 class="doc-break">${index + 1}. ${escapeHtml(doc.file)}</h2>`);
  const { summary } = doc;
  out.push(
    `<h2>${chapter(1, '基本信息')}</h2>`,
    '<table class="meta"><tbody>',
    metaRow('文件', doc.file),
    metaRow('标题', titleOf(doc)),
    metaRow('文种', `${summary.type.name}（${summary.type.reason}）`),
    metaRow('字数', `${summary.charCount.toLocaleString('en')} 字`),
    metaRow('参考日期', `${summary.referenceDate.date}（${summary.referenceDate.reason}）`),
    metaRow('规则数据', meta.dataVersion),
    '</tbody></table>',
  );
  out.push(`<h2>${chapter(2, '问题汇总')}</h2>`, list.length ? htmlSummary(groups) : '<p class="none">未发现问题</p>');
  out.push(`<h2>${chapter(3, '正文标注')}</h2>`, htmlText(doc.text, list));
  if (list.length) {
    out.push(
      `<h2>${chapter(4, '问题清单')}</h2>`,
      '<table class="findings"><thead><tr><th>序号</th><th>位置</th><th>类别</th><th>问题与建议</th></tr></thead><tbody>',
    );
    for (const { n, finding: f } of list) {
      const fix = fixText(f);
      out.push(
        `<tr><td class="n">${circled(n)}</td><td class="where">第 ${f.range.start.line + 1} 行<br>第 ${f.range.start.character + 1} 字</td>` +
          `<td class="cat">${escapeHtml(categoryZh(f))}<br><span class="sev ${f.severity}">${SEVERITY_ZH[f.severity]}</span></td>` +
          `<td><p class="msg">${escapeHtml(f.message)}</p>${fix ? `<p class="fix">建议：${escapeHtml(fix)}</p>` : ''}` +
          `<p class="src">依据：${escapeHtml(sourceText(f))} · <a href="${escapeHtml(ruleDocUrl(meta.docsRoot, f.rule))}">${escapeHtml(f.rule)}</a></p></td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  return out.join('\n');
}

function metaRow(name: string, value: string): string {
  return `<tr><th>${name}</th><td>${escapeHtml(value)}</td></tr>`;
}

function circled(n: number): string {
  return n <= CIRCLED.length ? CIRCLED[n - 1] : `(${n})`;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * The text line by line: each finding's span highlighted in its severity's colour (the most serious wins where
 * spans overlap), its number before the span, and the numbers of the findings that start on the line in the
 * right margin. A finding of no length (a missing part) is a caret ▲ at its place.
 */
function htmlText(text: string, list: Numbered[]): string {
  const lines: string[] = [];
  let next = 0; // the first finding (list is in text order) that has not started yet
  let active: Numbered[] = []; // started findings that may reach into this line
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (let lineNo = 1; ; lineNo++) {
    const m = lineBreak.exec(text);
    const lineEnd = m ? m.index : text.length;
    const starting: Numbered[] = [];
    while (next < list.length && list[next].finding.offset <= lineEnd) starting.push(list[next++]);
    active = [...active.filter((a) => end(a) > lineStart), ...starting];
    const cuts = new Set([lineStart, lineEnd]);
    for (const a of active) {
      cuts.add(Math.max(lineStart, Math.min(lineEnd, a.finding.offset)));
      cuts.add(Math.max(lineStart, Math.min(lineEnd, end(a))));
    }
    const points = [...cuts].sort((x, y) => x - y);
    const parts: string[] = [];
    for (let i = 0; i < points.length; i++) {
      const at = points[i];
      for (const s of starting) {
        if (s.finding.offset !== at) continue;
        parts.push(`${s.finding.length ? '' : '<span class="caret">▲</span>'}<sup class="ref">${circled(s.n)}</sup>`);
      }
      if (i + 1 === points.length) break;
      const to = points[i + 1];
      const segment = escapeHtml(text.slice(at, to));
      const covering = active.filter((a) => a.finding.offset <= at && end(a) >= to && a.finding.length > 0);
      if (!covering.length) {
        parts.push(segment);
        continue;
      }
      const worst = covering.reduce((w, c) => (RANK[c.finding.severity] < RANK[w] ? c.finding.severity : w), 'hint' as Severity);
      parts.push(`<mark class="${worst}">${segment}</mark>`);
    }
    const margin = starting.map((s) => circled(s.n)).join('');
    lines.push(
      `<div class="line"><div class="no">${lineNo}</div><div class="content">${parts.join('')}</div><div class="margin">${margin}</div></div>`,
    );
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
  return `<div class="text">${lines.join('\n')}</div>`;
}

function end(item: Numbered): number {
  return item.finding.offset + item.finding.length;
}

// ——————————————————————————————————————— Markdown ———————————————————————————————————————

/** Markdown syntax characters, and < > & as entities: a report's text never becomes markup or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c]).replace(/[\\`*_{}[\]()#|~]/g, '\\$&');
}

function mdCell(text: string): string {
  return escapeMarkdown(text).replace(/\r?\n/g, ' ');
}

function mdSummary(groups: CategoryGroup[]): string[] {
  const rows = summaryRows(groups);
  return [
    `| 审校类别 | ${COLUMNS.map((c) => c.label).join(' | ')} | 合计 |`,
    `|---|${COLUMNS.map(() => '---:').join('|')}|---:|`,
    ...rows.map((r, i) => {
      const b = (s: string | number) => (i === rows.length - 1 ? `**${s}**` : String(s));
      return `| ${b(mdCell(r.name))} | ${r.cells.map(b).join(' | ')} | ${b(r.total)} |`;
    }),
  ];
}

function reviewMarkdown(documents: readonly ReviewDocument[], meta: ReviewMeta): string {
  const single = documents.length === 1 ? documents[0] : undefined;
  const out: string[] = [`# 审校报告：${escapeMarkdown(single ? titleOf(single) : `工作区 ${documents.length} 份报告`)}`, ''];
  if (!single) {
    out.push('## 总体情况', '', ...mdSummary(allGroups(documents)), '', '| 文件 | 标题 | 问题 |', '|---|---|---:|');
    for (const d of documents) out.push(`| ${mdCell(d.file)} | ${mdCell(titleOf(d))} | ${d.findings.length} |`);
    out.push('', `规则数据：${escapeMarkdown(meta.dataVersion)}`, '');
  }
  const h = single ? '##' : '###';
  for (const doc of documents) {
    const list = numbered(doc.findings);
    if (!single) out.push(`## ${escapeMarkdown(doc.file)}`, '');
    const { summary } = doc;
    out.push(
      `${h} 基本信息`,
      '',
      '| 项目 | 内容 |',
      '|---|---|',
      `| 文件 | ${mdCell(doc.file)} |`,
      `| 标题 | ${mdCell(titleOf(doc))} |`,
      `| 文种 | ${mdCell(`${summary.type.name}（${summary.type.reason}）`)} |`,
      `| 字数 | ${summary.charCount} 字 |`,
      `| 参考日期 | ${mdCell(`${summary.referenceDate.date}（${summary.referenceDate.reason}）`)} |`,
      `| 规则数据 | ${mdCell(meta.dataVersion)} |`,
      '',
    );
    out.push(
      `${h} 问题汇总`,
      '',
      ...(list.length ? mdSummary(groupFindings(doc.findings, summary.model.structure())) : ['未发现问题']),
      '',
    );
    out.push(`${h} 正文标注`, '', ...mdText(doc.text, list), '');
    if (list.length) {
      out.push(`${h} 问题清单`, '');
      for (const { n, finding: f } of list) {
        const fix = fixText(f);
        out.push(
          `${n}\\. **${SEVERITY_ZH[f.severity]}** · ${escapeMarkdown(categoryZh(f))} · 第 ${f.range.start.line + 1} 行第 ${f.range.start.character + 1} 字：${escapeMarkdown(f.message)}`,
        );
        if (fix) out.push(`   - 建议：${escapeMarkdown(fix)}`);
        out.push(
          `   - 依据：${escapeMarkdown(sourceText(f))}（[${escapeMarkdown(f.rule)}](${ruleDocUrl(meta.docsRoot, f.rule).replace(/[()\s]/g, encodeURIComponent)})）`,
        );
      }
      out.push('');
    }
  }
  out.push(
    '---',
    '',
    `Gongwen 公文报告助手 ${escapeMarkdown(meta.version)} 生成${meta.generated ? `（${escapeMarkdown(meta.generated)}）` : ''}，仅供审校参考，定稿以人工审核为准。`,
    '',
  );
  return out.join('\n');
}

/** The text as quoted lines, each finding's span in bold with its number 〔n〕 after the span. */
function mdText(text: string, list: Numbered[]): string[] {
  const inserts: { at: number; order: number; text: string }[] = [];
  for (const { n, finding: f } of list) {
    if (f.length === 0) {
      inserts.push({ at: f.offset, order: 2, text: `▲〔${n}〕` });
      continue;
    }
    // Bold per line: Markdown emphasis does not span a line break.
    const end = f.offset + f.length;
    let from = f.offset;
    for (const m of text.slice(f.offset, end).matchAll(/\r\n|\r|\n/g)) {
      const to = f.offset + m.index!;
      if (to > from) inserts.push({ at: from, order: 1, text: '**' }, { at: to, order: 0, text: '**' });
      from = to + m[0].length;
    }
    if (end > from) inserts.push({ at: from, order: 1, text: '**' }, { at: end, order: 0, text: `**〔${n}〕` });
  }
  // Overlapping spans would nest ** badly: keep the marks of a span that starts inside another one's bold out.
  inserts.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let at = 0;
  let depth = 0;
  for (const ins of inserts) {
    out += escapeMarkdown(text.slice(at, ins.at));
    at = ins.at;
    if (ins.text === '**') {
      if (ins.order === 1 ? depth++ === 0 : --depth === 0) out += '**';
    } else if (ins.text.startsWith('**')) {
      out += --depth === 0 ? ins.text : ins.text.slice(2);
    } else {
      out += ins.text;
    }
  }
  out += escapeMarkdown(text.slice(at));
  return out.split(/\r\n|\r|\n/).map((line) => (line ? `> ${line}  ` : '>'));
}

// ———————————————————————————————————————— SARIF ————————————————————————————————————————

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function pascal(id: string): string {
  return id
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** SARIF 2.1.0: one run, every rule in the driver with its category, help text and URI; columns in UTF-16 code units. */
function reviewSarif(documents: readonly ReviewDocument[], meta: ReviewMeta): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const category = (id: ReviewCategoryId) => REVIEW_CATEGORIES.find((c) => c.id === id)!;
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gongwen',
            fullName: 'Gongwen 公文报告助手',
            version: meta.version,
            informationUri: ruleDocUrl(meta.docsRoot, '').replace(/#$/, ''),
            rules: rules.map((r) => ({
              id: r.id,
              name: pascal(r.id),
              shortDescription: { text: r.description },
              fullDescription: { text: r.details },
              help: { text: `${r.description}\n\n${r.details}`, markdown: `**${r.description}**\n\n${r.details}` },
              helpUri: ruleDocUrl(meta.docsRoot, r.id),
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
              properties: { category: r.category, categoryName: category(r.category).zh, tags: [category(r.category).zh, r.category] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        properties: { dataVersion: meta.dataVersion },
        artifacts: documents.map((d) => ({ location: { uri: d.file }, length: d.text.length })),
        results: documents.flatMap((d, artifactIndex) =>
          d.findings.map((f) => {
            const fix = f.fixes[0];
            const cat = findingCategory(f);
            return {
              ruleId: f.rule,
              ...(index.has(f.rule) && { ruleIndex: index.get(f.rule) }),
              level: SARIF_LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: d.file, index: artifactIndex },
                    region: {
                      startLine: f.range.start.line + 1,
                      startColumn: f.range.start.character + 1,
                      endLine: f.range.end.line + 1,
                      endColumn: f.range.end.character + 1,
                      charOffset: f.offset,
                      charLength: f.length,
                      ...(f.text && { snippet: { text: f.text } }),
                    },
                  },
                },
              ],
              ...(fix &&
                fix.edits.length && {
                  fixes: [
                    {
                      description: { text: fix.title },
                      artifactChanges: [
                        {
                          artifactLocation: { uri: d.file, index: artifactIndex },
                          replacements: fix.edits.map((e) => ({
                            deletedRegion: { charOffset: e.offset, charLength: e.length },
                            insertedContent: { text: e.newText },
                          })),
                        },
                      ],
                    },
                  ],
                }),
              properties: {
                category: cat,
                categoryName: category(cat).zh,
                referenceDate: d.summary.referenceDate.date,
                ...(f.entry && { entry: f.entry }),
                ...(fix && { safeFix: fix.safe }),
              },
            };
          }),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
