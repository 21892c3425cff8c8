import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { findConfigFile, loadConfigFile, readConfigText } from '../../workspace/config-files';

const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-config-files-'));
const posix = process.platform !== 'win32';

test('a regular config file is read, its BOM dropped', () => {
  const file = path.join(dir(), '.gongwen.json');
  fs.writeFileSync(file, '\uFEFF{"rules": {"placeholder": "off"}}');
  assert.deepEqual(loadConfigFile(file), {
    file,
    config: { rules: { placeholder: 'off' }, ruleOptions: {}, ignore: [], ignoreFiles: [], archiveFiles: [], draftFiles: [], pack: {} },
    problems: [],
  });
});

test('a symlink to a regular file is followed', { skip: !posix && 'symlinks need privileges on Windows' }, () => {
  const d = dir();
  fs.writeFileSync(path.join(d, 'shared.json'), '{"ignoreFiles": ["a/**"]}');
  fs.symlinkSync(path.join(d, 'shared.json'), path.join(d, '.gongwen.json'));
  assert.deepEqual(loadConfigFile(path.join(d, '.gongwen.json')).config.ignoreFiles, ['a/**']);
});

test('devices, FIFOs and folders are refused without reading them', { skip: !posix && 'POSIX devices and FIFOs' }, () => {
  const d = dir();
  fs.symlinkSync('/dev/zero', path.join(d, 'zero.json'));
  fs.symlinkSync('/dev/urandom', path.join(d, 'random.yaml'));
  execFileSync('mkfifo', [path.join(d, 'fifo.json')]);
  fs.mkdirSync(path.join(d, 'folder.json'));
  const started = Date.now();
  assert.deepEqual(readConfigText(path.join(d, 'zero.json')), { problem: '配置文件指向设备文件，不是普通文件，未读取。' });
  assert.deepEqual(readConfigText(path.join(d, 'random.yaml')), { problem: '配置文件指向设备文件，不是普通文件，未读取。' });
  assert.deepEqual(readConfigText(path.join(d, 'fifo.json')), { problem: '配置文件是一个管道（FIFO），不是普通文件，未读取。' });
  assert.deepEqual(readConfigText(path.join(d, 'folder.json')), { problem: '配置文件是一个文件夹，未读取。' });
  assert.ok(Date.now() - started < 5000, 'nothing blocked');
  const loaded = loadConfigFile(path.join(d, 'fifo.json'));
  assert.deepEqual(loaded.problems, [{ line: 0, message: '配置文件是一个管道（FIFO），不是普通文件，未读取。' }]);
  assert.deepEqual(loaded.config, { rules: {}, ruleOptions: {}, ignore: [], ignoreFiles: [], archiveFiles: [], draftFiles: [], pack: {} });
});

test('a file over 1 MB and a file that is not UTF-8 are refused with a reason', () => {
  const d = dir();
  fs.writeFileSync(path.join(d, 'big.json'), Buffer.alloc(1024 * 1024 + 1, 0x20));
  fs.writeFileSync(path.join(d, 'gbk.json'), Buffer.from([0x7b, 0x22, 0xc4, 0xe3, 0x22, 0x7d]));
  assert.deepEqual(readConfigText(path.join(d, 'big.json')), { problem: '配置文件过大（1025 KB，上限 1024 KB），未读取。' });
  assert.deepEqual(readConfigText(path.join(d, 'gbk.json')), { problem: '配置文件不是有效的 UTF-8 文本，未读取。请以 UTF-8 编码保存。' });
  assert.deepEqual(readConfigText(path.join(d, 'missing.json')), { problem: '无法读取配置文件：ENOENT' });
});

test('discovery finds a hostile config too (so it is reported), stopping at the workspace root', { skip: !posix && 'symlinks' }, () => {
  const d = dir();
  fs.mkdirSync(path.join(d, 'ws/sub'), { recursive: true });
  fs.symlinkSync('/dev/zero', path.join(d, 'ws/.gongwen.yaml'));
  fs.writeFileSync(path.join(d, '.gongwen.json'), '{}');
  assert.equal(findConfigFile(path.join(d, 'ws/sub'), path.join(d, 'ws')), path.join(d, 'ws/.gongwen.yaml'));
  fs.unlinkSync(path.join(d, 'ws/.gongwen.yaml'));
  assert.equal(findConfigFile(path.join(d, 'ws/sub'), path.join(d, 'ws')), undefined);
  assert.equal(findConfigFile(path.join(d, 'ws/sub')), path.join(d, '.gongwen.json'));
});
