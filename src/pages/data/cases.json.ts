/** /data/cases.json (see src/data-files.ts). */
import type { APIRoute } from 'astro';
import { dataFileResponse } from '../../data-files';

export const GET: APIRoute = () => dataFileResponse('json');
