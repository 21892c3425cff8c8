import { checkExamples, DATE_MODES, isIsoDate, readPackAsViews, settingsForFile } from '../engine';
import { writeReviewOutput } from './review-output';
import type { CheckOptions, DateMode } from '../engine';
import { version } from '../package.json';
import { ConfigCache } from './config';
import { collectFiles, languageOf } from './files';
import { describeError } from './fs-errors';
import type { FileOutcome } from './check-file';
import { checkDocxFile, exportReport, isDocx, isLegacyWord } from './docx-file';
import { checkInPool, Job, runJob, threadsFor } from './pool';
import { FileResult, toJson, toText } from './format';
import { rulesJson, rulesText } from './rules-list';

const USAGE = `用法：gongwen check <文件或目录…> [--format text|json|html|markdown|sarif] [--output 文件] [--reference-date YYYY-MM-DD] [--date-mode draft|archive] [--fix] [--config 文件] [--jobs N]
      gongwen check 报告.docx --annotate 批注版.docx [--annotate-mode comments|track]
      gongwen export 报告.md --docx 报告.docx
      gongwen test-rules [--config 文件]
      gongwen rules [--format text|json]

检查公文报告（.txt、.md、.docx）。目录会递归查找其中的 .txt、.md 和 .docx 文件；.docx 的位置按段落（¶段:字）给出。
  --format 格式            text（默认）、json、html（可打印的审校报告）、markdown 或 sarif（SARIF 2.1.0）
  --output 文件            写入文件而不是标准输出
  --reference-date 日期    判断提法是否过时的参考日期，指定后总是以它为准
  --date-mode draft|archive  草稿（默认）：按参考日期或今天判断，成文日期仅作参考；
                           存档：按报告自己的成文日期判断（检查旧报告）。优先于 .gongwen.json
  --fix                    自动修复安全问题（全角标点、明确的错别字等），改写文件后报告剩余问题
  --config 文件            使用指定的 .gongwen.json/.yaml；默认从文件所在目录向上查找
  --jobs N                 同时检查的线程数（默认：文件较多时每个 CPU 核一个；1 表示不用多线程），输出顺序不变
  --annotate 文件          （单个 .docx）另存一份带批注的副本，每个问题一条批注（作者 Gongwen），原文件不改动
  --annotate-mode 方式     comments（默认）全部写成批注；track 把安全修复写成修订，其余写成批注
export 把 .txt/.md 报告导出为按 GB/T 9704-2012 排版的 Word 文档（见 docs/word.md）。
rules 列出全部规则（类别、默认级别、修复方式、说明）。
test-rules 检查内置数据和配置文件中每个条目的示例（examples）是否成立。
单个文件最大 10 MB；编码、写回方式和数据安全见 docs/cli.md。
退出码：0 无错误；1 发现错误级问题（test-rules：有示例不成立）；2 用法错误、配置有误，或有文件无法读取、无法写回、超过大小上限。`;

class UsageError extends Error {}

const FORMATS = ['text', 'json', 'html', 'markdown', 'sarif'] as const;

interface CheckArgs {
  paths: string[];
  format: (typeof FORMATS)[number];
  output?: string;
  referenceDate?: string;
  dateMode?: DateMode;
  fix: boolean;
  config?: string;
  annotate?: string;
  annotateMode?: 'comments' | 'track';
  docx?: string;
  jobs?: number;
}

/** Entry point of the `gongwen` command. Resolves to the exit code. */
export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  readPackAsViews(); // a short-lived process: see engine/segmenter/dictionary-text.ts
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      out.write(USAGE + '\n');
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      out.write(`${version}\n`);
      return 0;
    }
    if (command === 'test-rules') return testRules(parseCheckArgs(rest, false), out, err);
    if (command === 'rules') return listRules(parseCheckArgs(rest, false, command), out);
    if (command === 'export') return runExport(parseCheckArgs(rest), err);
    if (command !== 'check') throw new UsageError(`未知命令“${command}”`);
    return await runCheck(parseCheckArgs(rest), out, err);
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`gongwen：${error.message}\n\n${USAGE}\n`);
    } else {
      // Per-file failures are caught where they happen; this is a last line against a stack trace.
      err.write(`gongwen：内部错误（${describeError(error)}），请报告此问题\n`);
    }
    return 2;
  }
}

function parseCheckArgs(args: string[], needPaths = true, command = 'test-rules'): CheckArgs {
  const parsed: CheckArgs = { paths: [], format: 'text', fix: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(`${name} 需要一个值`);
      return v;
    };
    if (name === '--format') {
      const v = value();
      const allowed = command === 'rules' ? FORMATS.slice(0, 2) : FORMATS;
      if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`--format 只能是 ${allowed.join('、')}，收到“${v}”`);
      parsed.format = v as CheckArgs['format'];
    } else if (name === '--output') {
      parsed.output = value();
    } else if (name === '--reference-date') {
      const v = value();
      if (!isIsoDate(v)) throw new UsageError(`--reference-date 应为 YYYY-MM-DD 格式的有效日期，收到“${v}”`);
      parsed.referenceDate = v;
    } else if (name === '--date-mode') {
      const v = value();
      if (!DATE_MODES.includes(v as DateMode)) throw new UsageError(`--date-mode 只能是 ${DATE_MODES.join(' 或 ')}，收到“${v}”`);
      parsed.dateMode = v as DateMode;
    } else if (name === '--config') {
      parsed.config = value();
    } else if (name === '--annotate' || name === '--docx') {
      parsed[name === '--docx' ? 'docx' : 'annotate'] = value();
    } else if (name === '--annotate-mode') {
      const v = value();
      if (v !== 'comments' && v !== 'track') throw new UsageError(`--annotate-mode 只能是 comments 或 track，收到“${v}”`);
      parsed.annotateMode = v;
    } else if (name === '--jobs') {
      const v = value();
      if (!/^[1-9]\d{0,2}$/.test(v)) throw new UsageError(`--jobs 应为 1 到 999 的整数，收到“${v}”`);
      parsed.jobs = Number(v);
    } else if (arg === '--fix') {
      parsed.fix = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`未知选项“${arg}”`);
    } else {
      parsed.paths.push(arg);
    }
  }
  if (needPaths && !parsed.paths.length) throw new UsageError('请指定要检查的文件或目录');
  if (!needPaths && parsed.paths.length) throw new UsageError(`${command} 不接受文件参数“${parsed.paths[0]}”`);
  return parsed;
}

async function runCheck(args: CheckArgs, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  if (args.docx) throw new UsageError('--docx 用于 gongwen export');
  if (args.annotateMode && !args.annotate) throw new UsageError('--annotate-mode 需要与 --annotate 一起使用');
  if (args.annotate && (args.paths.length !== 1 || !isDocx(args.paths[0]))) throw new UsageError('--annotate 只能用于单个 .docx 文件');
  if (args.annotate && args.fix) throw new UsageError('--annotate 与 --fix 不能同时使用（--annotate 不修改原文件）');
  const { files, problems } = collectFiles(args.paths);
  const configs = new ConfigCache(args.config);
  // Config discovery stays in this thread (each config is read and its problems told once); the checks may not.
  const work: (Job | string)[] = [];
  for (const file of files) {
    const settings = settingsForFile(configs.forFile(file), file);
    if (settings.skip) continue;
    const options: CheckOptions = {
      ...settings.options,
      language: languageOf(file),
      referenceDate: args.referenceDate,
      dateMode: args.dateMode ?? settings.options.dateMode,
    };
    work.push(
      isLegacyWord(file)
        ? `${file}：不支持 .doc/.wps 格式，请另存为 .docx 后再检查`
        : { file, options, fix: args.fix, keepText: !['text', 'json'].includes(args.format) },
    );
  }
  const jobs = work.filter((w): w is Job => typeof w !== 'string');
  const threads = args.annotate ? 1 : threadsFor(jobs, args.jobs);
  const outcomes =
    threads > 1
      ? await checkInPool(jobs, threads)
      : jobs.map((job) =>
          args.annotate ? checkDocxFile(job.file, job.options, { out: args.annotate, mode: args.annotateMode ?? 'comments' }) : runJob(job),
        );
  const outcomeOf = new Map<Job, FileOutcome>(jobs.map((job, i) => [job, outcomes[i]]));
  const results: FileResult[] = [];
  let fixable = 0;
  for (const item of work) {
    if (typeof item === 'string') {
      problems.push(item);
      continue;
    }
    const { file, options } = item;
    const outcome = outcomeOf.get(item)!;
    for (const note of outcome.notes) err.write(`gongwen：${note}\n`);
    problems.push(...outcome.problems);
    fixable += outcome.fixable;
    if (outcome.findings && outcome.referenceDate) {
      results.push({
        file,
        findings: outcome.findings,
        referenceDate: outcome.referenceDate,
        text: outcome.text,
        options,
        ...(outcome.paragraphs ? { paragraphs: true } : {}),
      });
    }
  }
  if (args.fix && !fixable) err.write('gongwen：没有可以自动修复的问题\n');
  problems.push(...configs.problems);
  for (const problem of [...configs.notices, ...problems]) err.write(`gongwen：${problem}\n`);
  const output =
    args.format === 'json' ? JSON.stringify(toJson(results), null, 2) + '\n' : args.format === 'text' ? toText(results) + '\n' : undefined;
  const written = writeReviewOutput(args.format, results, output, args.output, out);
  if (written) {
    problems.push(written);
    err.write(`gongwen：${written}\n`);
  }
  if (problems.length) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** gongwen export report.md --docx out.docx */
function runExport(args: CheckArgs, err: NodeJS.WritableStream): number {
  if (args.paths.length !== 1 || !args.docx) throw new UsageError('用法：gongwen export 报告.md --docx 输出.docx');
  const problems = exportReport(args.paths[0], args.docx);
  for (const problem of problems) err.write(`gongwen：${problem}\n`);
  if (!problems.length) err.write(`gongwen：已导出 ${args.docx}\n`);
  return problems.length ? 2 : 0;
}

/** gongwen rules: the rule list, as docs/rules.md gives it. */
function listRules(args: CheckArgs, out: NodeJS.WritableStream): number {
  out.write(args.format === 'json' ? JSON.stringify(rulesJson(), null, 2) + '\n' : rulesText() + '\n');
  return 0;
}

/** gongwen test-rules: every example of the built-in data, or of the given config's entries. */
function testRules(args: CheckArgs, out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const configs = new ConfigCache(args.config);
  const loaded = args.config ? configs.forFile(args.config) : undefined;
  for (const problem of [...configs.notices, ...configs.problems]) err.write(`gongwen：${problem}\n`);
  if (configs.problems.length) return 2;
  const results = checkExamples(loaded?.config.pack);
  const failed = results.filter((r) => r.problem);
  for (const r of failed) out.write(`✗ ${r.list} ${r.id}：“${r.example}” ${r.problem}\n`);
  out.write(`${args.config ? args.config : '内置数据'}：${results.length - failed.length} passed, ${failed.length} failed\n`);
  return failed.length ? 1 : 0;
}
