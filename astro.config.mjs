// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The public address and sub-path come from the deploy workflow; locally the site runs at the root.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory' },
  // Class-based scoping writes shorter HTML than data attributes (page weight budget).
  scopedStyleStrategy: 'class',
  server: { port: 4321, host: true },
  devToolbar: { enabled: false },
});
