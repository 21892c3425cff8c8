// Preloaded with `node -r` to simulate a machine where nodejieba's native module cannot load.
import Module from 'node:module';

const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const load = loader._load;
loader._load = function (this: unknown, request: string, ...rest: unknown[]) {
  if (request === 'nodejieba') throw new Error('simulated: nodejieba.node is missing');
  return load.call(this, request, ...rest);
};
