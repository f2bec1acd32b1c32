/**
 * @module The checks every admin area's catalogs pass, whichever area owns them: each
 * Chinese catalog has exactly the English keys, keeps every placeholder, leaves no
 * English behind (brand names, keys and code aside), and writes its own script only.
 */
import { expect } from '@esm-bundle/chai';
import type { AdminCatalog, AdminEntry } from '../../../widgets/admin/app/admin-i18n.ts';

type Catalog = AdminCatalog<string>;

const forms = (e: AdminEntry): string[] => (typeof e === 'string' ? [e] : [e.one, e.other].filter((f): f is string => !!f));
const placeholders = (e: AdminEntry) => [...new Set(forms(e).flatMap((f) => f.match(/\{\w+\}/g) ?? []))].sort();

/** Words a Chinese text keeps as they are: brand and product names, keys on a keyboard, code. */
const KEPT = ['Rapport', 'CSAT', 'NPS', 'CSV', 'SMTP_URL', 'SMTP', 'Ctrl+C', '⌘C', 'Mac', '</body>'];
const withoutKept = (s: string) =>
  KEPT.reduce((t, w) => t.split(w).join(' '), s.replace(/\{\w+\}/g, ' '));

/** Characters only Traditional Chinese writes, and their Simplified counterparts (same order). */
const TRADITIONAL_ONLY = [...'們這個與設傳還說時價點項歡關開發電對應內務號體從間為'];
const SIMPLIFIED_ONLY = [...'们这个与设传还说时价点项欢关开发电对应务号体从间为'];

/**
 * Describes `<area> catalogs`: every check above on `en` and its two Chinese catalogs;
 * `more` adds the area's own (e.g. its type check).
 */
export function checkCatalogs(area: string, en: Catalog, zhHans: Catalog, zhHant: Catalog, more?: () => void): void {
  const catalogs: [string, Catalog][] = [['zh-Hans', zhHans], ['zh-Hant', zhHant]];

  describe(`${area} catalogs`, () => {
    for (const [name, zh] of catalogs) {
      describe(name, () => {
        it('has exactly the English keys', () => {
          expect(Object.keys(zh).sort()).to.deep.equal(Object.keys(en).sort());
        });

        it('keeps every placeholder of the English text', () => {
          for (const key of Object.keys(en)) {
            expect(placeholders(zh[key]), key).to.deep.equal(placeholders(en[key]));
          }
        });

        it('leaves no English behind, except brand names and placeholders', () => {
          for (const key of Object.keys(en)) {
            const english = forms(en[key]).at(-1)!;
            const hasWords = /[A-Za-z]{2,}/.test(withoutKept(english));
            for (const text of forms(zh[key])) {
              if (hasWords) expect(text, `${key} is untranslated`).not.to.equal(english);
              if (hasWords) expect(text, `${key} should be Chinese`).to.match(/\p{Script=Han}/u);
              expect(withoutKept(text), `${key} has English words`).not.to.match(/[A-Za-z]{2,}/);
            }
          }
        });
      });
    }

    more?.();

    it('writes zh-Hans in Simplified characters only', () => {
      for (const [key, value] of Object.entries(zhHans)) {
        const found = TRADITIONAL_ONLY.filter((c) => forms(value).join('').includes(c));
        expect(found, key).to.deep.equal([]);
      }
    });

    it('writes zh-Hant in Traditional characters only', () => {
      for (const [key, value] of Object.entries(zhHant)) {
        const found = SIMPLIFIED_ONLY.filter((c) => forms(value).join('').includes(c));
        expect(found, key).to.deep.equal([]);
      }
    });
  });
}
