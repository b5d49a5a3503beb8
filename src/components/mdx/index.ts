/**
 * The components a case may use without importing them (imports are refused in cases). The
 * allow-list with their attributes lives in src/lib/mdx-allowlist.ts; a unit test keeps both in step.
 */
import Citaat from './Citaat.astro';
import Kader from './Kader.astro';

/** Passed to a case's <Content components={…} />. */
export const mdxComponents = { Citaat, Kader };
