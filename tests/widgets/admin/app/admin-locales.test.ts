import { expect } from '@esm-bundle/chai';
import { adminLocale, pickAdminLocale, setAdminLocale } from '../../../../widgets/admin/app/admin-i18n.ts';
import { adminText } from '../../../../widgets/admin/app/admin-texts.ts';
import { LOCALE_STORAGE_KEY, preferredAdminLocale } from '../../../../widgets/admin/app/admin-locale.ts';
import { dateLabel, moneyLabel } from '../../../../widgets/admin/app/admin-format.ts';
import { feedbackText } from '../../../../widgets/admin/feedback/feedback-texts.ts';
import { durationLabel, responseClock } from '../../../../widgets/admin/feedback/response-clock.ts';
import en, { type AppCatalog } from '../../../../widgets/admin/app/locales/en.ts';
import zhHans from '../../../../widgets/admin/app/locales/zh-Hans.ts';
import zhHant from '../../../../widgets/admin/app/locales/zh-Hant.ts';
import { checkCatalogs } from '../catalog-checks.ts';

checkCatalogs('app', en, zhHans, zhHant, () => {
  it('are typed so that a catalog missing a key does not compile (checked by tsc)', () => {
    // @ts-expect-error: every English key is required
    const missing: AppCatalog = { 'app.title': 'Rapport 商家后台' };
    expect(Object.keys(missing)).to.have.length(1);
  });
});

describe('admin language', () => {
  afterEach(async () => {
    await setAdminLocale('en');
    localStorage.removeItem(LOCALE_STORAGE_KEY);
  });

  it('maps the browser’s languages: zh-TW/HK/MO and Hant to zh-Hant, other Chinese to zh-Hans, else English', () => {
    expect(pickAdminLocale(['zh-TW'])).to.equal('zh-Hant');
    expect(pickAdminLocale(['zh-HK', 'en'])).to.equal('zh-Hant');
    expect(pickAdminLocale(['zh-Hant-CN'])).to.equal('zh-Hant');
    expect(pickAdminLocale(['zh_MO'])).to.equal('zh-Hant');
    expect(pickAdminLocale(['zh-CN'])).to.equal('zh-Hans');
    expect(pickAdminLocale(['zh'])).to.equal('zh-Hans');
    expect(pickAdminLocale(['zh-Hans-HK'])).to.equal('zh-Hans');
    expect(pickAdminLocale(['fr-FR', 'zh-TW'])).to.equal('zh-Hant');
    expect(pickAdminLocale(['en-GB', 'zh-CN'])).to.equal('en');
    expect(pickAdminLocale(['fr-FR', 'de'])).to.equal('en');
    expect(pickAdminLocale([])).to.equal('en');
  });

  it('prefers the language chosen before in this browser over the browser’s', () => {
    Object.defineProperty(navigator, 'languages', { value: ['zh-HK'], configurable: true });
    try {
      expect(preferredAdminLocale()).to.equal('zh-Hant');
      localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-Hans');
      expect(preferredAdminLocale()).to.equal('zh-Hans');
      localStorage.setItem(LOCALE_STORAGE_KEY, 'klingon');
      expect(preferredAdminLocale()).to.equal('zh-Hant');
    } finally {
      delete (navigator as { languages?: unknown }).languages;
    }
  });

  it('speaks Chinese with one plural form, filled placeholders and Chinese durations', async () => {
    await setAdminLocale('zh-Hans');
    expect(adminLocale()).to.equal('zh-Hans');
    expect(adminText('signIn.lockedWait', { count: 1 })).to.equal('请在 1 秒后重试。');
    expect(feedbackText('inbox.count', { count: 3 })).to.equal('共 3 条');
    expect(durationLabel(49 * 3600_000)).to.equal('2 天');
    const now = Date.parse('2025-05-02T12:00:00Z');
    const item = { dueAt: new Date(now - 2 * 3600_000).toISOString(), firstResponseAt: null, createdAt: '2025-05-01T12:00:00Z', status: 'new' as const };
    expect(responseClock(item, now).text).to.equal('已超时 2 小时');
    await setAdminLocale('zh-Hant');
    expect(feedbackText('bulk.tagged', { count: 2, tag: 'vip' })).to.equal('已為 2 筆加上標籤「vip」。');
  });

  it('formats dates and money for the chosen language', async () => {
    await setAdminLocale('zh-Hans');
    expect(dateLabel('2025-05-01T12:00:00Z')).to.equal('2025年5月1日');
    expect(moneyLabel(4250, 'CNY')).to.equal('¥42.50');
    await setAdminLocale('zh-Hant');
    expect(moneyLabel(129900, 'TWD')).to.equal('$1,299.00');
    await setAdminLocale('en');
    expect(dateLabel('2025-05-01T12:00:00Z')).to.equal('May 1, 2025');
  });

  it('applies only the latest of two quick switches', async () => {
    const first = setAdminLocale('zh-Hant');
    const second = setAdminLocale('zh-Hans');
    await Promise.all([first, second]);
    expect(adminLocale()).to.equal('zh-Hans');
  });
});
