/** /bijdragen/sjabloon.mdx: the annotated template, for contributors who fill it in by hand. */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { TEMPLATE_FILE } from '../../lib/case-files';

export const GET: APIRoute = () =>
  new Response(readFileSync(TEMPLATE_FILE, 'utf8'), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
