import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../..');
const LAYERS = ['engine', 'workspace', 'docx', 'shared', 'server/src', 'client/src', 'cli'];

/** Every module's relative imports, type-only ones included (a type cycle still couples the layers' builds). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = LAYERS.flatMap((layer) =>
    fs
      .readdirSync(path.join(ROOT, layer), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join(ROOT, layer, f)),
  );
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((i) => i.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => resolve(path.dirname(file), name))
      .filter((f): f is string => !!f);
    graph.set(file, targets);
  }
  return graph;
}

function resolve(dir: string, name: string): string | undefined {
  const base = path.resolve(dir, name);
  return [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
}

/** The cycles as module paths (Tarjan's strongly connected components with more than one module, or a self-import). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(path.relative(ROOT, w));
    } while (w !== v);
    if (component.length > 1 || graph.get(v)!.includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('module graph', () => {
  test('has no import cycles, type-only imports included', () => {
    const graph = importGraph();
    assert.ok(graph.size > 100, `read ${graph.size} modules`);
    assert.deepEqual(cycles(graph), []);
  });

  test('the check finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    assert.deepEqual(cycles(graph), [['a', 'b', 'c'].map((f) => path.relative(ROOT, f)).sort()]);
  });
});
