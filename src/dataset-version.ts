/**
 * The version of the data set, so a citation can name the version it used: the operator's tag
 * (PUBLIC_DATASET_VERSION, e.g. a release tag) or else the release date, the day of the newest
 * change to any case in git (or, without git, the newest check date of a case).
 */
import { getCases } from './content';
import { getGitHistory } from './history';
import { datasetVersionOf } from './lib/case-export';

/** The data set's version and release date (YYYY-MM-DD), the same on /data/, in cases.json and in the citation. */
export async function getDatasetVersion(): Promise<{ version: string; released: string }> {
  const [history, cases] = await Promise.all([getGitHistory(), getCases()]);
  return datasetVersionOf(
    import.meta.env.PUBLIC_DATASET_VERSION,
    history.changes.map((c) => c.date),
    cases.map((c) => c.data.reviewed),
  );
}
