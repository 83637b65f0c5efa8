import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../scripts/check-cycles.mjs', import.meta.url));

let workDir: string;

/** Writes the files into workDir/<name>/ and runs the check on that folder. */
function check(name: string, files: Record<string, string>): { code: number | null; stdout: string; stderr: string } {
  const dir = join(workDir, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const result = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'quote-attribution-cycles-'));
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('check-cycles.mjs', () => {
  it('should count type-only back-edges and print each cycle as a path', () => {
    const { code, stderr } = check('cyclic', {
      'quotes.ts': "import { subject } from './grammar/subjects.js';\nimport { judge } from './judge.js';\nexport interface Input { text: string }\nexport const run = () => [subject, judge];\n",
      'grammar/subjects.ts': "import type { Input } from '../quotes.js';\nexport const subject = (input: Input) => input.text;\n",
      // `import { type … }` brings in types only, like `import type`.
      'judge.ts': "import { type Input } from './quotes.js';\nexport * from './grammar/subjects.js';\nexport const judge = (input: Input) => input;\n",
    });
    expect(code).toBe(1);
    expect(stderr).toBe([
      'check-cycles: 3 import cycles in cyclic/ (type-only imports count; "→(type)" marks an edge made only of type imports):',
      '  cyclic/grammar/subjects.ts →(type) cyclic/quotes.ts → cyclic/grammar/subjects.ts',
      // The re-export in judge.ts closes a longer cycle through the same back-edge.
      '  cyclic/grammar/subjects.ts →(type) cyclic/quotes.ts → cyclic/judge.ts → cyclic/grammar/subjects.ts',
      '  cyclic/judge.ts →(type) cyclic/quotes.ts → cyclic/judge.ts',
      '',
    ].join('\n'));
  });

  it('should pass a tree whose imports all point one way', () => {
    const { code, stdout } = check('acyclic', {
      'types.ts': 'export interface Input { text: string }\n',
      'quotes.ts': "import type { Input } from './types.js';\nexport const run = (input: Input) => input.text;\n",
    });
    expect(code).toBe(0);
    expect(stdout).toBe('check-cycles: no import cycles among 2 files in acyclic/ (type-only imports included)\n');
  });

  it('should fail on a relative import it cannot resolve', () => {
    const { code, stderr } = check('unresolved', { 'quotes.ts': "import type { Input } from './gone.js';\nexport type Run = (input: Input) => void;\n" });
    expect(code).toBe(1);
    expect(stderr).toBe("check-cycles: unresolved/quotes.ts:1: cannot resolve './gone.js'\n");
  });
});
