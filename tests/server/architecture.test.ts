/**
 * @module The floor plan's rules (`npm run check:arch`): the tree as it is breaks none, and
 * a copy of it with one deliberately wrong import breaks exactly the rule it should, named.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkArchitecture } from '../../scripts/check-arch.ts';

const REPO = resolve(import.meta.dirname, '..', '..');

describe('the floor plan', () => {
  it('holds for the code as it is', () => {
    expect(checkArchitecture(REPO)).toEqual([]);
  }, 120_000);

  describe('a wrong import is refused with the rule it breaks', () => {
    let copy: string;
    beforeAll(() => {
      copy = mkdtempSync(join(tmpdir(), 'rapport-arch-'));
      for (const dir of ['server', 'widgets', 'demo', 'tests/bench']) cpSync(join(REPO, dir), join(copy, dir), { recursive: true });
      cpSync(join(REPO, 'tsconfig.json'), join(copy, 'tsconfig.json'));
      cpSync(join(REPO, 'package.json'), join(copy, 'package.json'));
      symlinkSync(join(REPO, 'node_modules'), join(copy, 'node_modules'));
    });
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    const add = (file: string, line: string) => appendFileSync(join(copy, file), `\n${line}\n`);

    it('names every rule a change breaks, and where', () => {
      add('server/kernel/log.ts', "import '../feedback/index.ts';");
      add('server/shops/settings.ts', "import { findFeedback } from '../feedback/db.ts';\nexport const probe = findFeedback;");
      add('server/feedback/routes.ts', '// eslint-disable-next-line\nexport const probe = (sql: any) => sql`select 1`;');
      add('server/catalog/index.ts', "export * from '../orders/index.ts';");
      add('server/orders/index.ts', "export * from '../catalog/index.ts';");
      add('widgets/core/config.ts', "import { FeedbackKind } from '../../server/feedback/contract.ts';\nexport const probe = FeedbackKind;");
      add('widgets/faq/rapport-faq.ts', "import '../feedback/texts.ts';");
      add('widgets/core/api-client.ts', "import '../feedback/texts.ts';");

      const found = checkArchitecture(copy).map((v) => `${v.rule} ${v.from} → ${v.to}`);
      const expectOne = (re: RegExp) => expect(found.filter((f) => re.test(f)), re.source).not.toEqual([]);
      expectOne(/^kernel-imports-no-feature server\/kernel\/log\.ts → server\/feedback\/index\.ts$/);
      expectOne(/^feature-through-index server\/shops\/settings\.ts → server\/feedback\/db\.ts$/);
      expectOne(/^sql-only-in-db-ts server\/feedback\/routes\.ts:\d+ → /);
      expectOne(/^no-circular server\/(catalog|orders)\/index\.ts → .*server\/(catalog|orders)\/index\.ts$/);
      expectOne(/^widgets-take-server-types-only widgets\/core\/config\.ts → server\/feedback\/contract\.ts$/);
      expectOne(/^widget-through-core widgets\/faq\/rapport-faq\.ts → widgets\/feedback\/texts\.ts$/);
      expectOne(/^core-imports-no-widget widgets\/core\/api-client\.ts → widgets\/feedback\/texts\.ts$/);
    }, 120_000);
  });
});
