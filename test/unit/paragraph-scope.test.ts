import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { openReport, rules } from '../../engine';
import { paragraphRun, parseModel, ruleContext } from '../../engine/check';
import type { CheckOptions } from '../../engine';
import type { Rule } from '../../engine/rule';
import type { Report } from '../../engine/types';
import { movedStructure } from '../../engine/structure/moved';
import { REFERENCE_DATE } from '../helpers/engine';
import { random } from '../helpers/random';

// A rule of paragraph scope (Rule.scope) promises that what it reports inside a paragraph depends on that
// paragraph alone (with the structure, date and options): the editor's re-check after a keystroke runs it on
// the paragraph typed in and keeps the rest (engine/incremental.ts). Every text the tests own holds it to that.
const ROOT = path.resolve(__dirname, '../../..');
const scoped = rules.filter((r) => r.scope === 'paragraph');

function reportFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? reportFiles(p) : /\.(txt|md)$/.test(e.name) ? [p] : [];
  });
}

const texts = ['test/corpus', 'test/fixtures', 'samples']
  .flatMap((d) => reportFiles(path.join(ROOT, d)))
  .map((file) => ({
    file: path.relative(ROOT, file),
    text: fs.readFileSync(file, 'utf8'),
    options: { referenceDate: REFERENCE_DATE, language: file.endsWith('.md') ? 'markdown' : 'plaintext' } as CheckOptions,
  }));

// The corpora are mostly clean: a report made of every rule's invalid examples gives each rule findings to keep.
const examples = rules.flatMap((r) => r.examples.invalid.map((e) => (typeof e === 'string' ? e : e.text)));
texts.push({
  file: 'rule examples',
  text: ['关于2026年工作情况的报告', '', '市政府：', ...examples, '', '某某局', '2026年11月20日'].join('\n'),
  options: { referenceDate: REFERENCE_DATE, language: 'plaintext' },
});

const key = (r: Report) => JSON.stringify([r.offset, r.length, r.message, r.severity, r.fixes, r.related, r.entry?.id]);

/** Where `rule`'s reports on the whole text and on each paragraph alone differ, or fall outside every paragraph. */
function scopeProblems(rule: Rule, text: string, options: CheckOptions): string[] {
  const model = parseModel(text, options);
  const context = ruleContext(model, options);
  const whole = [...rule.check(context)].map(key).sort();
  const paragraphs = model.paragraphs();
  const alone = paragraphs.flatMap((p) => paragraphRun(context, p)(rule));
  const problems: string[] = [];
  for (const r of alone) {
    const edits = [r, ...(r.fixes ?? []).flatMap((f) => f.edits)];
    const inside = paragraphs.some((p) => edits.every((e) => p.start <= e.offset && e.offset + e.length <= p.end));
    if (!inside) problems.push(`outside its paragraph: ${key(r)}`);
  }
  const apart = alone.map(key).sort();
  const missing = whole.filter((k) => !apart.includes(k));
  const extra = apart.filter((k) => !whole.includes(k));
  return [...problems, ...missing.map((k) => `only on the whole text: ${k}`), ...extra.map((k) => `only paragraph by paragraph: ${k}`)];
}

test('the rules of paragraph scope are the local ones, and there are some', () => {
  assert.ok(texts.length >= 30, `${texts.length} texts`);
  assert.ok(scoped.length >= 5, scoped.map((r) => r.id).join(', '));
});

for (const rule of scoped) {
  test(`${rule.id} reports the same on each paragraph alone as on the whole text, inside the paragraph`, () => {
    const problems = texts.flatMap(({ file, text, options }) => scopeProblems(rule, text, options).map((p) => `${file}: ${p}`));
    assert.deepEqual(problems.slice(0, 5), []);
  });
}

const EDITS = ['字', '的', '，', ',', '。', '2025年', '一是', 'XX', '  ', '“', '\n', '一、', '十九大', '坚持', ''];

/** A random edit: characters typed in, deleted or replaced somewhere in the text, mostly inside lines. */
function edited(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const removed = next() < 0.4 ? Math.floor(next() * 4) : 0;
  const typed = EDITS[Math.floor(next() * EDITS.length)];
  return text.slice(0, at) + typed + text.slice(at + removed);
}

test('a check after an edit finds exactly what a check from scratch finds', () => {
  const next = random(19);
  let reused = 0;
  const counting = scoped[0];
  const original = counting.check;
  counting.check = (context) => {
    if (context.model.text !== current) reused++; // a paragraph view
    return original(context);
  };
  let current = '';
  try {
    for (const { file, text, options } of texts.filter((_, i) => i % 3 === 0)) {
      let previous = openReport(text, options);
      previous.checked();
      current = text;
      for (let k = 0; k < 12; k++) {
        current = edited(current, next);
        const session = openReport(current, options, previous);
        const fresh = openReport(current, options).checked().findings;
        assert.deepEqual(session.checked().findings, fresh, `${file}, edit ${k}`);
        previous = session;
      }
    }
  } finally {
    counting.check = original;
  }
  assert.ok(reused > 20, `${reused} checks re-ran one paragraph`);
});

test('a moved structure has every offset and line moved and keeps what was shared shared', () => {
  for (const { file, text, options } of texts) {
    const structure = parseModel(text, options).structure();
    const moved = movedStructure(structure, 7, 2);
    // Moved back, it is the structure again, field for field (absent and undefined fields alike).
    const plain = (s: object) => JSON.parse(JSON.stringify(s, (key, value) => (key === 'parent' ? undefined : value)));
    assert.deepEqual(plain(movedStructure(moved, -7, -2)), plain(structure), file);
    moved.all.forEach((h, i) => {
      assert.equal(h.start, structure.all[i].start - 7, file);
      assert.equal(h.title.line, structure.all[i].title.line - 2, file);
      if (h.parent) assert.ok(h.parent.children.includes(h), `${file}: a moved heading is among its parent's children`);
    });
    if (structure.title) assert.equal(moved.title!.offset, structure.title.offset - 7, file);
  }
});
