// Preloaded with `node -r` to simulate a machine where nodejieba's native module cannot load
// (GONGWEN_BREAK=native) or where the package, and so its dictionary files, is missing (GONGWEN_BREAK=package).
import Module from 'node:module';

const loader = Module as unknown as {
  _load: (request: string, ...rest: unknown[]) => unknown;
  _resolveFilename: (request: string, ...rest: unknown[]) => string;
};
const load = loader._load;
const resolve = loader._resolveFilename;
loader._load = function (this: unknown, request: string, ...rest: unknown[]) {
  if (request === 'nodejieba') throw new Error('simulated: nodejieba.node is missing');
  return load.call(this, request, ...rest);
};
if (process.env.GONGWEN_BREAK === 'package') {
  loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
    if (request === 'nodejieba') throw new Error("simulated: Cannot find module 'nodejieba'");
    return resolve.call(this, request, ...rest);
  };
}
