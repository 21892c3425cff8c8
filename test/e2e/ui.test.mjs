// Browser UI test: a person opens a report in a real VS Code (code-server) with Gongwen, reads the
// Problems panel, the Outline and the 报告结构 view, applies a quick fix and saves.
//   node test/e2e/ui.test.mjs [--vsix gongwen.vsix]      (after npm run build; screenshots in .vsc-e2e/shots/ui*)
// Prints one line per check and closes with "N passed, M failed".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, sleep, startVSCode } from './lib/code-server.mjs';
import {
  chooseQuickFix,
  goTo,
  openFile,
  openQuickFixes,
  palette,
  readPane,
  readProblems,
  showExplorerPane,
  waitForProblems,
} from './lib/ui.mjs';

const { values } = parseArgs({ options: { vsix: { type: 'string' } } });
const FIXTURE = path.join(ROOT, 'test/fixtures/vscode/自查报告.txt');
const NAME = '自查报告.txt';
const OLD = '党的十九大和十九届历次全会精神';
const NEW = '党的二十大和二十届历次全会精神';
const shots = path.join(ROOT, '.vsc-e2e/shots', values.vsix ? 'ui-vsix' : 'ui');
fs.rmSync(shots, { recursive: true, force: true });

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-ui-'));
const file = path.join(workspace, NAME);
fs.copyFileSync(FIXTURE, file);
const original = fs.readFileSync(file, 'utf8');

const results = [];
const check = (name, ok, detail = '') => {
  results.push({ name, ok: !!ok, detail });
  console.log(`${ok ? '✔' : '✖'} ${name}${detail ? ` — ${detail}` : ''}`);
};

// code-server here has no Chinese language pack, so the workbench (and our own UI strings) are English;
// the Chinese strings are checked by test/unit/l10n.test.ts. Diagnostics are Chinese either way.
const vscode = await startVSCode({ workspace, shots, ...(values.vsix ? { vsix: values.vsix } : { devPath: ROOT }) });
const { page, shot } = vscode;
const summary = { screenshots: [] };
try {
  await openFile(page, NAME);
  summary.status = await waitForProblems(page);
  summary.screenshots.push(await shot('report-opened'));

  const problems = await readProblems(page);
  summary.problems = problems;
  summary.screenshots.push(await shot('problems'));
  const codes = new Set(problems.filter((p) => p.source?.includes('gongwen')).map((p) => p.code?.replace(/[()]/g, '')));
  for (const code of ['placeholder', 'outdated-phrasing', 'duplicate-word']) {
    check(`Problems 面板列出 ${code}`, codes.has(code), [...codes].join(', '));
  }
  check(
    '问题说明是中文并给出原因',
    problems.some((p) => p.message?.startsWith(`已有更新的会议精神：“${OLD}”`) && p.message.includes('二十大')),
  );

  await palette(page, 'Explorer: Focus on Outline View', ['Explorer: Focus on Outline View', 'Outline: Focus on Outline View']);
  const outline = await readPane(page, await showExplorerPane(page, 'Outline'));
  summary.outline = outline;
  summary.screenshots.push(await shot('outline'));
  // The row text ends with the number of problems in the section, when there are any.
  const labels = outline.map((r) => `${r.level}:${r.text.split('\n')[0].trim()}`);
  check(
    'Outline 显示标题层级',
    ['1:一、基本情况', '2:（一）强化理论武装', '2:（二）严格执行制度', '1:二、存在问题', '1:三、下步打算'].every((l) => labels.includes(l)),
    labels.join(' | '),
  );

  await palette(page, 'Report Structure', ['Explorer: Focus on Report Structure View', 'Report Structure: Focus on Report Structure View']);
  const structure = await readPane(page, await showExplorerPane(page, 'Report Structure'));
  summary.structure = structure;
  summary.screenshots.push(await shot('structure-view'));
  const texts = structure.map((r) => r.text.replace(/\s+/g, ''));
  check(
    '报告结构视图显示类型',
    texts.some((t) => t.startsWith('Type:自查报告')),
    texts.join(' | '),
  );
  check(
    '报告结构视图显示组成部分 ✓',
    texts.some((t) => t.startsWith('✓存在问题')),
  );
  check(
    '报告结构视图显示标题',
    texts.some((t) => t.includes('一、基本情况')),
  );

  // The quick fix: cursor on the outdated phrase, Ctrl+., pick the replacement, save.
  const lines = original.split('\n');
  const row = lines.findIndex((l) => l.includes(OLD));
  await palette(page, 'View: Focus Active Editor Group', ['View: Focus Active Editor Group']);
  await goTo(page, row + 1, lines[row].indexOf(OLD) + 2);
  const titles = await openQuickFixes(page);
  summary.quickFixes = titles;
  summary.screenshots.push(await shot('quick-fix-menu'));
  check(
    '快速修复提供替换为现行提法',
    titles.some((t) => t.includes(`替换为“${NEW}”`)),
    titles.join(' | '),
  );
  check('快速修复提供忽略和关闭规则', titles.some((t) => t.includes('忽略此处')) && titles.some((t) => t.includes('关闭规则')));
  await chooseQuickFix(page, `替换为“${NEW}”`);
  await sleep(300);
  await page.keyboard.press('Control+S');
  let saved = original;
  for (let i = 0; i < 50 && saved === original; i++) {
    await sleep(100);
    saved = fs.readFileSync(file, 'utf8');
  }
  summary.screenshots.push(await shot('after-quick-fix'));
  const expected = original.replace(OLD, NEW);
  check('保存后文件中旧提法被替换', saved === expected);
  const changed = saved
    .split('\n')
    .map((l, i) => (l !== lines[i] ? i : -1))
    .filter((i) => i >= 0);
  check('其余各行逐字未变', changed.length === 1 && changed[0] === row, `changed lines: ${changed.join(',')}`);

  // The 报告结构 view follows typing: a new 四、 heading appears in it.
  const last = lines.findIndex((l) => l.startsWith('三、'));
  await goTo(page, last + 2, lines[last + 1].length + 1);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('四、新增部分');
  await sleep(1500);
  const typed = (await readPane(page, await showExplorerPane(page, 'Report Structure'))).map((r) => r.text.replace(/\s+/g, ''));
  summary.screenshots.push(await shot('structure-after-typing'));
  check('报告结构视图随输入更新', typed.includes('四、新增部分'), typed.join(' | '));

  // 公文：选择报告类型 overrides the detected type; the view and the checks follow.
  await palette(page, 'Gongwen: Choose Report Type', ['Gongwen: Choose Report Type']);
  const pick = page.locator('.quick-input-widget .quick-input-box input');
  await pick.waitFor({ state: 'visible' });
  await pick.fill('对照检查材料');
  await sleep(300);
  await page.keyboard.press('Enter');
  await sleep(1500);
  const chosen = (await readPane(page, await showExplorerPane(page, 'Report Structure'))).map((r) => r.text.replace(/\s+/g, ''));
  summary.screenshots.push(await shot('type-chosen'));
  check(
    '选择报告类型后按新类型检查',
    chosen.some((t) => t.startsWith('Type:对照检查材料')) && chosen.some((t) => t.startsWith('✗原因分析missing')),
    chosen.join(' | '),
  );

  // 插入缺失部分 from the palette: the QuickPick lists the missing part; the file gets it, numbered.
  await palette(page, 'Gongwen: Insert Missing Part', ['Gongwen: Insert Missing Part']);
  const pickInput = page.locator('.quick-input-widget .quick-input-box input');
  await pickInput.waitFor({ state: 'visible' });
  await sleep(300);
  const missingRows = await page
    .locator('.quick-input-widget .quick-input-list .monaco-list-row')
    .evaluateAll((rs) => rs.map((r) => r.getAttribute('aria-label')));
  summary.screenshots.push(await shot('insert-missing-part'));
  check(
    '插入缺失部分列出原因分析',
    missingRows.some((r) => r?.startsWith('原因分析')),
    missingRows.join(' | '),
  );
  await page.keyboard.press('Enter');
  await sleep(800);
  const inserted = (await readPane(page, await showExplorerPane(page, 'Report Structure'))).map((r) => r.text.replace(/\s+/g, ''));
  check('插入后结构视图显示三、原因分析', inserted.includes('三、原因分析') && inserted.includes('四、下步打算'), inserted.join(' | '));

  // Status bar: report type, 字数 and problem count.
  const status = await page
    .locator('.statusbar-item')
    .filter({ hasText: 'chars' })
    .first()
    .innerText()
    .catch(() => '');
  summary.statusBar = status;
  check('状态栏显示类型、字数和问题数', /对照检查材料 · [\d,]+ chars · \d+/.test(status.replace(/\s+/g, ' ')), status);

  // Snippets: the 成文日期 snippet by its pinyin prefix, and a 规范提法 completion from the server.
  await palette(page, 'View: Focus Active Editor Group', ['View: Focus Active Editor Group']);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('cwrq');
  await page.keyboard.press('Control+Space');
  const suggest = page.locator('.suggest-widget.visible .monaco-list-row');
  await suggest.first().waitFor({ timeout: 10_000 });
  await sleep(300);
  const snippetRows = await suggest.evaluateAll((rs) => rs.map((r) => r.getAttribute('aria-label')));
  summary.screenshots.push(await shot('snippet-suggest'));
  const snippetIndex = snippetRows.findIndex((r) => r?.startsWith('cwrq'));
  check('输入拼音首字母 cwrq 出现成文日期片段', snippetIndex >= 0, snippetRows.join(' | '));
  await suggest.nth(Math.max(snippetIndex, 0)).click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await page.keyboard.type('坚决做到两个');
  await page.keyboard.press('Control+Space');
  await suggest.first().waitFor({ timeout: 10_000 });
  await sleep(300);
  const completionRows = await suggest.evaluateAll((rs) => rs.map((r) => r.getAttribute('aria-label')));
  summary.screenshots.push(await shot('formulation-completion'));
  check(
    '输入“两个”补全规范提法',
    completionRows.some((r) => r?.startsWith('两个维护')),
    completionRows.join(' | '),
  );
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+S');
  const today = new Date();
  const date = `${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`;
  let withSnippet = '';
  for (let i = 0; i < 50 && !withSnippet.includes(date); i++) {
    await sleep(100);
    withSnippet = fs.readFileSync(file, 'utf8');
  }
  check('片段插入今天的成文日期（月、日不编虚位）', withSnippet.includes(`\n${date}\n`), JSON.stringify(withSnippet.slice(-60)));
  // Last, as its export may open a browser tab: the 审校结果 view (findings by category, then by part, with counts).
  await palette(page, 'Review Results', ['Explorer: Focus on Review Results View', 'Review Results: Focus on Review Results View']);
  const reviewRows = await readPane(page, await showExplorerPane(page, 'Review Results'));
  summary.review = reviewRows;
  summary.screenshots.push(await shot('review-view'));
  const reviewTexts = reviewRows.map((r) => r.text.replace(/\s+/g, ''));
  check(
    '审校结果视图按类别列出问题',
    ['文字', '占位符'].every((c) => reviewTexts.some((t) => t.startsWith(c))),
    reviewTexts.join(' | '),
  );
  check(
    '审校结果视图按部分分组',
    reviewTexts.some((t) => t.startsWith('一、基本情况')),
    reviewTexts.join(' | '),
  );

  // 导出审校报告 (HTML) for the current report: written next to it; open it in the browser and look at it.
  await palette(page, 'View: Focus Active Editor Group', ['View: Focus Active Editor Group']);
  await palette(page, 'Gongwen: Export Review Report', ['Gongwen: Export Review Report']);
  for (const choice of ['Current report', 'HTML']) {
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill(choice);
    await sleep(300);
    await page.keyboard.press('Enter');
    await sleep(500);
  }
  const exported = path.join(workspace, '自查报告.审校报告.html');
  for (let i = 0; i < 50 && !fs.existsSync(exported); i++) await sleep(100);
  check('导出审校报告写入 HTML 文件', fs.existsSync(exported));
  await sleep(500);
  await page.keyboard.press('Escape'); // the "open external" prompt, if code-server shows one
  const reportPage = await page.context().newPage();
  await reportPage.setViewportSize({ width: 900, height: 1200 });
  // The workbench's browser context refuses file:// navigation; the report is one self-contained file, so its text is the page.
  await reportPage.setContent(fs.readFileSync(exported, 'utf8'));
  const reportShot = path.join(shots, 'review-report-html.png');
  await reportPage.screenshot({ path: reportShot, fullPage: true });
  summary.screenshots.push(reportShot);
  const heading = await reportPage.locator('h1').innerText();
  const summaryRows = await reportPage.locator('table.summary tbody tr').count();
  check(
    '审校报告 HTML 有标题和按类别的汇总表',
    heading.replace(/\s+/g, '') === '审校报告' && summaryRows === 8,
    `${heading} ${summaryRows}`,
  );
  await reportPage.close();
  await page.bringToFront();
} catch (error) {
  check('界面测试顺利完成', false, String(error?.stack ?? error));
  await shot('error').catch(() => {});
} finally {
  await vscode.close();
  fs.writeFileSync(path.join(shots, 'summary.json'), JSON.stringify({ results, ...summary }, null, 2));
  fs.rmSync(workspace, { recursive: true, force: true });
}
const failed = results.filter((r) => !r.ok).length;
console.log(`截图：${shots}`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
