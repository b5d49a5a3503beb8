/// <reference types="astro/client" />

/** Settings the deploy workflow passes to the build (see src/data/site.ts). */
interface ImportMetaEnv {
  readonly PUBLIC_REPO_URL?: string;
  readonly PUBLIC_EDITORS_EMAIL?: string;
  readonly PUBLIC_PUBLISHER?: string;
  readonly PUBLIC_CONTACT?: string;
  readonly PUBLIC_CONTACT_EMAIL?: string;
  readonly PUBLIC_DATASET_VERSION?: string;
}
