import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedFiles } from './generated-files';

// npm run generate: rewrites the files derived from the rule list and the data (scripts/generated-files.ts).
const root = path.resolve(__dirname, '../..');
for (const file of generatedFiles((f) => fs.readFileSync(path.join(root, f), 'utf8'))) {
  const target = path.join(root, file.path);
  if (fs.existsSync(target) && fs.readFileSync(target, 'utf8') === file.content) continue;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, file.content);
  console.log(`generated ${file.path}`);
}
