import { FIX_CLASS_ZH, RULES_DOC, rules, rulesByCategory } from '../engine';

/** gongwen rules --format json: what the rule objects say about themselves (as docs/rules.md does). */
export function rulesJson() {
  return rulesByCategory().flatMap(({ category, rules: list }) =>
    list.map((r) => ({
      id: r.id,
      category: { id: category.id, zh: category.zh, en: category.en },
      description: r.description,
      defaultSeverity: r.defaultSeverity,
      fix: r.fix,
      options: r.options ?? [],
      docs: `${RULES_DOC}#${r.id}`,
    })),
  );
}

/** gongwen rules: one block per review category, one line per rule. */
export function rulesText(): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  const out: string[] = [];
  for (const { category, rules: list } of rulesByCategory()) {
    out.push(`${category.zh}（${category.en}）`);
    for (const r of list) {
      out.push(`  ${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${FIX_CLASS_ZH[r.fix]}  ${r.description}`);
    }
    out.push('');
  }
  out.push(`共 ${rules.length} 条规则；详见 ${RULES_DOC}。级别可在 .gongwen.json 的 "rules" 中修改或关闭（off）。`);
  return out.join('\n');
}
