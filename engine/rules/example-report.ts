/**
 * A complete, correct 自查报告 that the examples of the frame and structure rules vary (drop or replace one
 * line), so each example differs from a clean report in exactly the thing its rule checks.
 */
const LINES = [
  '关于2026年度安全生产工作的自查报告',
  '',
  '市应急管理局：',
  '　　根据市局通知要求，我局对2026年度安全生产工作开展了自查，现将自查情况报告如下：',
  '　　一、自查工作开展情况',
  '　　全年开展安全生产专项检查14次，整改隐患326处。',
  '　　二、存在的问题',
  '　　部分企业主体责任落实不到位。',
  '　　三、下一步工作打算',
  '　　持续推进隐患排查治理。',
  '　　特此报告。',
  '',
  '　　滨江区应急管理局',
  '　　2026年11月20日',
  '',
];

/** The report, with each line for which `change` returns a string replaced by it (null drops the line). */
export function exampleReport(change: Record<string, string | null> = {}): string {
  return LINES.flatMap((line) => {
    const key = line.trim();
    if (!(key in change)) return [line];
    const next = change[key];
    return next === null ? [] : [line.replace(key, next)];
  }).join('\n');
}
