// Deterministic report text of any length, written for the benchmark: numbered sections of
// ordinary 公文 sentences with the usual defects mixed in (placeholders, half-width commas,
// outdated 提法, doubled words), so every rule has work to do.
const SENTENCES = [
  '局党组坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，全年组织集中学习十二次。',
  '严格落实中央八项规定及其实施细则精神，持续纠治“四风”，推动作风建设常态化长效化。',
  '围绕重点任务建立工作台账，明确责任分工和完成时限，做到一级抓一级、层层抓落实。',
  '深入开展调查研究，班子成员带头到基层一线解决实际问题，形成调研报告六篇。',
  '加强对权力运行的监督，规范“三重一大”事项决策程序，主动接受派驻纪检监察组监督。',
  '精简会议文件，全年会议数量同比减少两成，文件篇幅明显压缩,切实为基层减负。',
  '组织党员干部深入学习贯彻党的十九大和十九届历次全会精神，增强“四个意识”。',
  '经XXXX研究决定，对各项规定规定进行全面梳理，废止不适应工作需要的制度三项。',
  '个别干部学习的系统性不够强，满足于读原文、记笔记，联系实际思考不深。',
  '下一步，我们将持续巩固拓展主题教育成果，推动各项工作提质增效。',
];
const HEADINGS = ['主要工作及成效', '存在的问题', '原因分析', '下一步工作打算'];
const NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A report of exactly `length` UTF-16 code units (the last line may be cut short). */
export function reportText(length, seed = 2026) {
  const next = random(seed);
  const parts = ['关于2026年度作风建设情况的自查报告', '', '市纪委：', '按照市纪委要求，我局认真开展自查，现将有关情况报告如下：'];
  let size = parts.join('\n').length;
  for (let section = 0; size < length; section++) {
    const heading = `${NUMBERS[section % 10]}、${HEADINGS[section % HEADINGS.length]}`;
    parts.push(heading);
    size += heading.length + 1;
    for (let sub = 0; sub < 4 && size < length; sub++) {
      const paragraph = `（${NUMBERS[sub]}）` + Array.from({ length: 3 }, () => SENTENCES[Math.floor(next() * SENTENCES.length)]).join('');
      parts.push(paragraph);
      size += paragraph.length + 1;
    }
  }
  return parts.join('\n').slice(0, length);
}
