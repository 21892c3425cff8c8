import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { exportDocx } from '../../docx';

/**
 * The exported .docx as a reader sees it: LibreOffice (headless) renders it to PDF, poppler reads
 * the page size and every line's position, and the pages are saved as PNG (out/render-pages/) to be
 * looked at. Slow (a few seconds), so it runs in the e2e tier; it fails, never skips, when the tools
 * are missing (.ci/run installs libreoffice-writer-nogui and poppler-utils).
 */
const MM = 72 / 25.4;
const PAGES_DIR = path.resolve(__dirname, '../../render-pages');
const para = (n: number) =>
  `（${'一二三四五六七八九十'[n]}）推进重点工作第${n + 1}项。围绕年度目标任务，细化工作措施，压实工作责任，加强督促检查，确保各项工作按期完成，取得实实在在的成效，群众满意度持续提升。`;
const REPORT = [
  '关于2026年度推进重点工作落实情况和下一步工作安排的报告',
  '',
  '市人民政府：',
  '现将我局2026年度重点工作推进情况报告如下。',
  '一、主要工作及成效',
  ...Array.from({ length: 5 }, (_, i) => para(i)),
  '二、存在的问题',
  '一是统筹协调还不够有力。二是基层基础还比较薄弱。三是工作作风还需进一步转变。',
  '三、下一步工作安排',
  ...Array.from({ length: 5 }, (_, i) => para(i + 5)),
  '特此报告。',
  '附件：1．重点工作台账',
  '2．问题整改清单',
  '',
  '市发展和改革委员会',
  '2026年11月20日',
].join('\n');

interface Line {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}
const lines: Line[] = [];
const pages: { width: number; height: number }[] = [];

function tool(name: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
  assert.ok(found, `${name} is missing: install libreoffice-writer-nogui and poppler-utils (see .ci/run)`);
}

before(() => {
  for (const name of ['soffice', 'pdftotext', 'pdftoppm', 'pdfinfo']) tool(name);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-render-'));
  fs.writeFileSync(path.join(dir, 'report.docx'), exportDocx(REPORT));
  // Standard 公文 faces are not free; map them to the closest free ones so the pages look like a 公文.
  const fonts = path.join(dir, 'fonts.conf');
  const alias = (family: string, prefer: string) =>
    `<alias binding="same"><family>${family}</family><prefer><family>${prefer}</family></prefer></alias>`;
  fs.writeFileSync(
    fonts,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>` +
      alias('方正小标宋简体', 'Noto Serif CJK SC') +
      alias('仿宋_GB2312', 'AR PL UMing CN') +
      alias('楷体_GB2312', 'AR PL UKai CN') +
      alias('黑体', 'Noto Sans CJK SC') +
      alias('宋体', 'Noto Serif CJK SC') +
      '</fontconfig>',
  );
  const env = { ...process.env, FONTCONFIG_FILE: fonts, HOME: dir };
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'report.docx')],
    { env, stdio: 'pipe', timeout: 120_000 },
  );
  const pdf = path.join(dir, 'report.pdf');
  assert.ok(fs.existsSync(pdf), 'LibreOffice wrote no PDF');
  fs.rmSync(PAGES_DIR, { recursive: true, force: true });
  fs.mkdirSync(PAGES_DIR, { recursive: true });
  execFileSync('pdftoppm', ['-r', '80', '-png', pdf, path.join(PAGES_DIR, 'page')]);
  fs.copyFileSync(pdf, path.join(PAGES_DIR, 'report.pdf'));
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' });
  let page = -1;
  for (const m of xml.matchAll(
    /<page width="([\d.]+)" height="([\d.]+)">|<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
  )) {
    if (m[1]) {
      pages.push({ width: Number(m[1]), height: Number(m[2]) });
      page++;
      continue;
    }
    const text = [...m[7].matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join('');
    lines.push({ page, xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]), text });
  }
  console.log(`pages rendered to ${PAGES_DIR}`);
});

const near = (actual: number, expected: number, tolerance: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${(actual / MM).toFixed(1)} mm, expected ${(expected / MM).toFixed(1)} mm`);
const body = (page: number) => lines.filter((l) => l.page === page && !/^—/.test(l.text));

test('A4 pages, more than one', () => {
  assert.ok(pages.length >= 2, `${pages.length} pages`);
  for (const p of pages) {
    near(p.width, 210 * MM, 0.5 * MM, 'page width');
    near(p.height, 297 * MM, 0.5 * MM, 'page height');
  }
});

test('the title is on page 1 at the top of the type area, centred, split into a trapezoid', () => {
  const [first, second] = body(0);
  assert.equal(first.text + second.text, '关于2026年度推进重点工作落实情况和下一步工作安排的报告');
  near(first.yMin, 37 * MM, 2 * MM, 'top margin (天头)');
  near((first.xMin + first.xMax) / 2, (28 + 78) * MM, 1.5 * MM, 'title centre');
  assert.ok(first.xMax - first.xMin <= second.xMax - second.xMin + 1, 'upper title line not longer than the lower');
});

test('margins: 订口 28 mm, 版心 156 mm wide, text ending above the 35 mm bottom margin', () => {
  const all = lines.filter((l) => !/^—/.test(l.text));
  near(Math.min(...all.map((l) => l.xMin)), 28 * MM, 1 * MM, 'left margin (订口)');
  // LibreOffice lets a line-end full-width comma hang into the margin (标点悬挂), as WPS does; other lines end at the edge.
  const flush = all.filter((l) => !/[，。、；：]$/.test(l.text));
  near(Math.max(...flush.map((l) => l.xMax)), (28 + 156) * MM, 1 * MM, 'right edge of the type area');
  const full = body(1);
  assert.ok(Math.max(...full.map((l) => l.yMax)) <= (37 + 225) * MM + 1, 'text stays inside the type area');
});

test('22 lines a page and 28 characters a full line', () => {
  // Page 2 is full (the 落款 goes on to page 3); blank lines have no text, so lines are counted by their pitch.
  const page2 = body(1);
  const first = page2[0];
  const last = page2[page2.length - 1];
  const pitch = (225 / 22) * MM;
  assert.equal(Math.round((last.yMin - first.yMin) / pitch) + 1, 22, 'lines on page 2');
  near(first.yMin - pitch * 0, 37 * MM + 3, 2 * MM, 'first line of page 2');
  assert.ok(pages.length >= 3);
  const full = page2.filter((l) => l.xMin < 29 * MM && l.xMax > 183 * MM && !/\d/.test(l.text));
  assert.ok(full.length >= 5);
  // A hanging line-end comma is the 29th character, outside the type area.
  for (const l of full)
    assert.equal(
      [...l.text.replace(/[，。、；：]$/, '')].length + (/[，。、；：]$/.test(l.text) && l.xMax < 185 * MM ? 1 : 0),
      28,
      `“${l.text}”`,
    );
});

test('page numbers “— 1 —” in 4号 at the outer edge: odd pages right, even pages left, 7 mm below the type area', () => {
  const number = (page: number) => lines.find((l) => l.page === page && /^—\d+—$/.test(l.text));
  const one = number(0);
  const two = number(1);
  assert.ok(one && two, 'page numbers found');
  assert.equal(one.text, '—1—');
  assert.equal(two.text, '—2—');
  near(one.xMax, (28 + 156) * MM - 14, 1.5 * MM, 'odd page number: one character in from the right');
  near(two.xMin, 28 * MM + 14, 1.5 * MM, 'even page number: one character in from the left');
  near(one.yMin, (37 + 225 + 7) * MM, 3 * MM, 'page number below the type area');
});

test('落款 right-aligned with the date under it, shifted two characters right', () => {
  const last = body(pages.length - 1);
  const date = last[last.length - 1];
  const name = last[last.length - 2];
  assert.equal(date.text, '2026年11月20日');
  assert.equal(name.text, '市发展和改革委员会');
  near(name.xMax, (28 + 156) * MM - 2 * 16, 1.5 * MM, 'signature two characters in from the right');
  // LibreOffice adds space between digits and Chinese (it ignores autoSpaceDE), which widens the date
  // by about a character; Word and WPS honour it. So: the date starts right of the signature and ends inside it.
  assert.ok(
    date.xMin > name.xMin + 8 && date.xMax <= name.xMax + 2,
    `date ${(date.xMin / MM).toFixed(1)}–${(date.xMax / MM).toFixed(1)} mm, signature ${(name.xMin / MM).toFixed(1)}–${(name.xMax / MM).toFixed(1)} mm`,
  );
});
