import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pauseCollector } from '../../server/src/collect-in-pause';

const MB = 1024 * 1024;

test('the server collects in the debounce pause only once the old space grew by 4 MB since its last collection', () => {
  let used = 10 * MB;
  let collections = 0;
  const collect = pauseCollector(
    () => {
      collections++;
      used = 6 * MB; // what survives
    },
    () => used,
  );
  collect();
  assert.equal(collections, 1, 'the first pause collects: nothing is known yet');
  used = 9 * MB;
  collect();
  assert.equal(collections, 1, '3 MB of growth is not worth a collection');
  used = 10 * MB;
  collect();
  assert.equal(collections, 2, '4 MB is');
});

test('without --expose-gc the pause collector does nothing', () => {
  assert.doesNotThrow(() => pauseCollector(undefined, () => 100 * MB)());
});
