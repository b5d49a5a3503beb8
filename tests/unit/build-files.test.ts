import { describe, expect, test } from 'vitest';
import { emitBuildFile, takeBuildFiles } from '../../src/build-files';

describe('files written after the build', () => {
  test('hands over every queued file once, the last text of a path winning', () => {
    takeBuildFiles();
    emitBuildFile('voorbeelden/a/citeer.bib', 'eerst');
    emitBuildFile('voorbeelden/a/citeer.bib', 'daarna');
    emitBuildFile('voorbeelden/b/vergelijk.json', '{}');
    expect([...takeBuildFiles()]).toEqual([
      ['voorbeelden/a/citeer.bib', 'daarna'],
      ['voorbeelden/b/vergelijk.json', '{}'],
    ]);
    expect(takeBuildFiles().size).toBe(0);
  });

  test.each(['/voorbeelden/a/citeer.bib', 'voorbeelden/../../etc/passwd'])('refuses a path outside the output folder: %s', (path) => {
    expect(() => emitBuildFile(path, 'x')).toThrow(`Ongeldig bestandspad voor de build: ${path}`);
  });
});
