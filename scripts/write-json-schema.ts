/**
 * `npm run json-schema`: writes schema/case.schema.json, the JSON Schema of a case's frontmatter,
 * generated from the zod schema. With --check it only compares, and fails when the file is out of
 * date (CI runs it, so the committed schema always matches src/schemas/case.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { caseJsonSchema } from '../src/lib/json-schema';

const file = 'schema/case.schema.json';
const text = `${JSON.stringify(caseJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current !== text) {
    console.error(`${file} hoort niet meer bij src/schemas/case.ts. Voer npm run json-schema uit en commit het resultaat.`);
    process.exitCode = 1;
  } else {
    console.log(`${file} is bij.`);
  }
} else {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`${file} geschreven.`);
}
