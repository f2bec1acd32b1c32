/**
 * @module Why an item is recommended, said to the shopper in their language ("Because you
 * viewed …", "Popular in …"), from the engine's reason or the serving layer's own (a size
 * that should fit better, a product like the one on the page).
 */
import { translator, type Catalogs, type Locale } from '../kernel/i18n/locales.ts';
import type { ReasonKind } from './contract.ts';

type Key = ReasonKind | 'other-size-up' | 'other-size-down';

const catalogs: Catalogs<Exclude<Key, 'other-size'>> = {
  en: {
    'viewed-similar': 'Because you viewed {product}',
    'bought-together': 'Often bought with {product}',
    'popular-in-category': 'Popular in {category}',
    trending: 'Trending now',
    popular: 'Popular at {shop}',
    'recently-viewed': 'You looked at this recently',
    'similar-to': 'Similar to {product}',
    'other-size-up': '{size}: a size up from the one you sent back',
    'other-size-down': '{size}: a size down from the one you sent back',
  },
  'zh-Hans': {
    'viewed-similar': '因为您浏览了{product}',
    'bought-together': '常与{product}一起购买',
    'popular-in-category': '{category}热门',
    trending: '当下热门',
    popular: '{shop}热销',
    'recently-viewed': '您最近看过',
    'similar-to': '与{product}相似',
    'other-size-up': '{size}：比您退回的大一号',
    'other-size-down': '{size}：比您退回的小一号',
  },
  'zh-Hant': {
    'viewed-similar': '因為您瀏覽了{product}',
    'bought-together': '常與{product}一起購買',
    'popular-in-category': '{category}熱門',
    trending: '當下熱門',
    popular: '{shop}熱銷',
    'recently-viewed': '您最近看過',
    'similar-to': '與{product}相似',
    'other-size-up': '{size}：比您退回的大一號',
    'other-size-down': '{size}：比您退回的小一號',
  },
};

const t = translator(catalogs);

export interface ReasonParts {
  kind: ReasonKind;
  product?: string;
  category?: string;
  size?: string;
  direction?: 'up' | 'down';
  shop: string;
}

/** The sentence for a reason in `locale`. */
export function reasonText(locale: Locale, r: ReasonParts): string {
  const key = r.kind === 'other-size' ? (r.direction === 'down' ? 'other-size-down' : 'other-size-up') : r.kind;
  return t(locale, key, { product: r.product ?? '', category: r.category ?? '', size: r.size ?? '', shop: r.shop });
}
