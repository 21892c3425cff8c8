/**
 * Whether a text looks like a Chinese work report, for `gongwen.enable: auto`: mostly Chinese,
 * and at least one signal a report carries (its lead-in, its closing line, a 一、 heading, a report title).
 */
const SIGNALS = [
  /(?:报告|汇报)如下[:：]/,
  /特此报告/,
  /^[ \t\u3000#]*[一二三四五六七八九十]+、/m,
  /(?:自查|情况|工作|述职|述责述廉|整改情况|整改落实情况)报告|工作总结|对照检查材料|检视剖析材料/,
];

export function looksLikeReport(text: string): boolean {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const visible = sample.replace(/\s/g, '');
  if (visible.length < 20) return false;
  const han = visible.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han / visible.length < 0.3) return false;
  return SIGNALS.some((signal) => signal.test(sample));
}
