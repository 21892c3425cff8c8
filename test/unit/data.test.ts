import assert from 'node:assert/strict';
import { test } from 'node:test';
import misused from '../../data/misused-words.json';
import outdated from '../../data/outdated-phrasing.json';
import placeholders from '../../data/placeholders.json';
import reduplication from '../../data/reduplication.json';
import terms from '../../data/terms.json';
import { applyEdits } from '../../engine';
import { isIsoDate } from '../../engine/dates';
import { findingsOf, segmenters, textsOf } from '../helpers/engine';

// Every entry of every data file carries a source, a date and examples, and its examples hold.

test('outdated-phrasing entries are well-formed and unique', () => {
  const ids = new Set<string>();
  for (const e of outdated.entries) {
    assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
    ids.add(e.id);
    assert.ok(isIsoDate(e.since), `${e.id}: since`);
    assert.ok(e.source && e.reason && e.category && e.confidence, `${e.id}: source/reason/category/confidence`);
    assert.ok(('old' in e && e.old?.length) || ('pattern' in e && e.pattern), `${e.id}: old or pattern`);
    assert.ok(e.examples.bad.length && e.examples.good.length, `${e.id}: examples`);
  }
});

for (const e of outdated.entries) {
  test(`outdated-phrasing ${e.id}: examples`, () => {
    for (const bad of e.examples.bad) {
      const found = findingsOf(bad, 'outdated-phrasing');
      assert.ok(found.length > 0, `not found in “${bad}”`);
      const replace = !('replace' in e && e.replace === false) && e.new;
      if (replace) assert.ok(found.some((f) => f.fixes[0]?.edits[0].newText === e.new), `no fix to “${e.new}” in “${bad}”`);
      // Before the entry's date the same text is fine.
      assert.deepEqual(textsOf(bad, 'outdated-phrasing', { referenceDate: '2012-01-01' }), [], `fires before since: “${bad}”`);
    }
    for (const good of e.examples.good) assert.deepEqual(textsOf(good, 'outdated-phrasing'), [], `false alarm in “${good}”`);
  });
}

for (const e of placeholders.entries) {
  test(`placeholder ${e.id}: examples`, () => {
    assert.ok(e.source && isIsoDate(e.added));
    for (const bad of e.examples.bad) {
      // The rule must report exactly the spans this entry's pattern matches.
      const spans = [...bad.matchAll(new RegExp(e.pattern, 'gu'))].map((m) => `${m.index}+${m[0].length}`);
      const found = findingsOf(bad, 'placeholder').map((f) => `${f.offset}+${f.length}`);
      assert.ok(spans.length > 0, `pattern does not match “${bad}”`);
      for (const span of spans) assert.ok(found.includes(span), `“${bad}”: ${span} not in ${found}`);
    }
    for (const good of e.examples.good) assert.deepEqual(textsOf(good, 'placeholder'), [], `false alarm in “${good}”`);
  });
}

for (const segmenter of segmenters) {
  test(`${segmenter.name}: every 公文 term stays one token in its examples`, () => {
    for (const e of terms.entries) {
      assert.ok(e.source && isIsoDate(e.since), e.word);
      for (const sentence of e.examples.whole) {
        assert.ok(segmenter.cut(sentence).includes(e.word), `${e.word} split in “${sentence}”: ${segmenter.cut(sentence).join('|')}`);
      }
    }
  });

  test(`${segmenter.name}: reduplication examples are not reported`, () => {
    for (const e of [...reduplication.words, ...reduplication.particles]) {
      assert.ok(e.source && isIsoDate(e.added));
      for (const good of e.examples.good) assert.deepEqual(textsOf(good, 'duplicate-word', { segmenter }), [], good);
    }
  });
}

test('misused-word entries are well-formed and unique', () => {
  const ids = new Set<string>();
  for (const e of misused.entries) {
    assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
    ids.add(e.id);
    assert.ok(e.wrong && e.right && e.wrong !== e.right, e.id);
    assert.ok(e.reason && e.source && e.confidence && isIsoDate(e.added), `${e.id}: reason/source/confidence/added`);
    assert.ok(e.examples.bad.length && e.examples.good.length, `${e.id}: examples`);
  }
});

for (const e of misused.entries) {
  test(`misused-word ${e.id}: examples`, () => {
    for (const bad of e.examples.bad) {
      const found = findingsOf(bad, 'misused-word').filter((f) => f.text === e.wrong);
      assert.equal(found.length, 1, `“${e.wrong}” not found once in “${bad}”`);
      const fixed = applyEdits(bad, found[0].fixes[0].edits).text;
      assert.ok(fixed.includes(e.right), `fix of “${bad}” gives “${fixed}”`);
    }
    for (const good of e.examples.good) assert.deepEqual(textsOf(good, 'misused-word'), [], `false alarm in “${good}”`);
  });
}
