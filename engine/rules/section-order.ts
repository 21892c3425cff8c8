import type { Rule } from '../rule';

/** The parts that are there stand out of the order the report type gives them. */
export const sectionOrder: Rule = {
  id: 'section-order',
  description: '报告各部分的顺序不符合该类报告的通行结构',
  defaultSeverity: 'warning',
  fix: 'none',
  usesTokens: true,
  *check(context) {
    const { type } = context.reportType();
    const found = context.parts().filter((s) => s.at !== undefined && !s.spec.body);
    for (let i = 1; i < found.length; i++) {
      const earlier = found.slice(0, i).find((s) => s.at! > found[i].at!);
      if (!earlier) continue;
      const place = found[i].heading?.title ?? found[i].lead!;
      yield {
        offset: place.offset,
        length: place.length,
        message: `顺序不当：${type.name}中“${found[i].spec.name}”应放在“${earlier.spec.name}”之后。`,
      };
    }
  },
};
