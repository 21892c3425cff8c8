// What a user does in the workbench, as playwright steps. Lists and trees in VS Code are
// virtualized, so rows are collected while scrolling.
import { sleep } from './code-server.mjs';

const QUICK_INPUT = '.quick-input-widget';

/** Runs a command from the palette (F1), clicking the row whose label starts with one of `labels`. */
export async function palette(page, query, labels = [query]) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator(`${QUICK_INPUT} .quick-input-box input`);
  await input.waitFor({ state: 'visible' });
  await input.fill('>' + query);
  const rows = page.locator(`${QUICK_INPUT} .quick-input-list .monaco-list-row`);
  await rows.first().waitFor({ timeout: 10_000 });
  await sleep(300); // the list filters asynchronously
  const aria = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || ''));
  const index = aria.findIndex((a) => labels.some((l) => a.startsWith(l)));
  if (index < 0) throw new Error(`命令面板里没有 ${JSON.stringify(labels)}：${JSON.stringify(aria)}`);
  await rows.nth(index).click();
  // The palette closes, or (a command that asks for input) turns into that command's QuickPick, which
  // stays open: waiting for the widget to hide would then sit out the whole timeout.
  await page
    .waitForFunction(
      (selector) => {
        const widget = document.querySelector(selector);
        return !widget || widget.style.display === 'none' || !widget.querySelector('.quick-input-box input')?.value.startsWith('>');
      },
      QUICK_INPUT,
      { timeout: 10_000 },
    )
    .catch(() => {});
}

export async function openFile(page, relative) {
  await page.keyboard.press('Control+P');
  const input = page.locator(`${QUICK_INPUT} .quick-input-box input`);
  await input.waitFor({ state: 'visible' });
  await input.fill(relative);
  await page.locator(`${QUICK_INPUT} .quick-input-list .monaco-list-row`).first().waitFor();
  await page.keyboard.press('Enter');
  const name = relative.split('/').pop();
  await page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).waitFor({ timeout: 20_000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

/** The status bar's problem counter, e.g. "Errors: 2, Warnings: 3". */
export function problemsStatus(page) {
  return page
    .locator('[id="status.problems"]')
    .getAttribute('aria-label')
    .catch(() => null);
}

export async function waitForProblems(page, timeoutMs = 30_000) {
  const started = Date.now();
  for (;;) {
    const status = await problemsStatus(page);
    if (status && status !== 'No Problems') return status;
    if (Date.now() - started > timeoutMs) throw new Error(`${timeoutMs / 1000} 秒内没有出现问题（${status}）`);
    await sleep(200);
  }
}

/** Rows of a virtualized list inside `container` (a locator), scrolling until no new row appears. */
async function readList(page, container, mapRow) {
  await container
    .locator('.monaco-list')
    .first()
    .hover()
    .catch(() => {});
  const seen = new Map();
  for (let i = 0, stale = 0; i < 100 && stale < 2; i++) {
    const rows = await container.locator('.monaco-list-row').evaluateAll((els, source) => {
      const map = eval(source); // eslint-disable-line no-eval -- the mapper is passed as text into the page
      return els.map((e) => [Number(e.getAttribute('data-index')), map(e)]);
    }, mapRow.toString());
    const before = seen.size;
    for (const [index, value] of rows) seen.set(index, value);
    stale = seen.size === before ? stale + 1 : 0;
    await page.mouse.wheel(0, 300);
    await sleep(120);
  }
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, -3000);
  return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

export async function readProblems(page) {
  await palette(page, 'View: Focus Problems', ['View: Focus Problems']);
  const panel = page.locator('.markers-panel');
  await panel.waitFor();
  await sleep(500);
  const rows = await readList(page, panel, (r) =>
    r.getAttribute('aria-level') !== '2'
      ? null
      : {
          severity: ['error', 'warning', 'info'].find((s) => r.querySelector('.marker-icon')?.classList.contains(s)) ?? 'hint',
          message: r.querySelector('.marker-message')?.innerText,
          source: r.querySelector('.marker-source')?.innerText,
          code: r.querySelector('.marker-code')?.innerText,
          position: r.querySelector('.marker-line')?.innerText,
        },
  );
  return rows.filter(Boolean);
}

/** The Explorer pane titled `title`, given the room of the sidebar: the other panes are collapsed. */
export async function showExplorerPane(page, title) {
  const panes = page.locator('.explorer-viewlet .pane');
  const count = await panes.count();
  for (let i = 0; i < count; i++) {
    const header = panes.nth(i).locator('.pane-header').first();
    const name = ((await header.innerText().catch(() => '')) ?? '').trim();
    const expanded = (await header.getAttribute('aria-expanded')) === 'true';
    if (expanded !== name.toUpperCase().includes(title.toUpperCase())) await header.click().catch(() => {});
  }
  await sleep(800);
  return page
    .locator('.explorer-viewlet .pane')
    .filter({ has: page.locator('.pane-header', { hasText: new RegExp(title, 'i') }) })
    .first();
}

/** Rows of an Explorer tree view (Outline, 报告结构): level and label. */
export async function readPane(page, pane) {
  return readList(page, pane, (r) => ({
    level: Number(r.getAttribute('aria-level')),
    label: r.getAttribute('aria-label'),
    text: r.innerText,
  }));
}

/** Puts the cursor at 1-based line:column with Go to Line (Ctrl+G). */
export async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator(`${QUICK_INPUT} .quick-input-box input`);
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await sleep(300);
}

/** Opens the quick-fix menu (Ctrl+.) and returns the titles offered. */
export async function openQuickFixes(page) {
  await page.keyboard.press('Control+.');
  const rows = page.locator('.action-widget .monaco-list-row.action');
  await rows.first().waitFor({ timeout: 10_000 });
  return rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('aria-label') || r.innerText));
}

export async function chooseQuickFix(page, title) {
  const rows = page.locator('.action-widget .monaco-list-row.action');
  const titles = await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('aria-label') || r.innerText));
  const index = titles.findIndex((t) => t.includes(title));
  if (index < 0) throw new Error(`快速修复里没有“${title}”：${JSON.stringify(titles)}`);
  await rows.nth(index).click();
}
