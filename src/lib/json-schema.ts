/**
 * The JSON Schema of a case's frontmatter, generated from the zod schema (never written by hand),
 * for editors that complete and check fields while typing.
 */
import { zodToJsonSchema } from 'zod-to-json-schema';
import { createCaseSchema } from '../schemas/case';

/** JSON Schema of the frontmatter of a case. */
export function caseJsonSchema(): object {
  return zodToJsonSchema(createCaseSchema(), { name: 'case', $refStrategy: 'none' });
}
