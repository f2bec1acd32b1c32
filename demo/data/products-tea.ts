/**
 * @module Demo catalog, tea aisle: loose-leaf teas and teaware.
 */
import type { DemoProduct } from './types.ts';

type Entry = Omit<DemoProduct, 'category'>;
const tea = (e: Entry): DemoProduct => ({ ...e, category: 'tea' });
const ware = (e: Entry): DemoProduct => ({ ...e, category: 'teaware' });

export const TEA_PRODUCTS: readonly DemoProduct[] = [
  tea({ handle: 'jasmine-dragon-pearls', art: 'tin', colour: '#c9b458', title: ['Jasmine Dragon Pearls', '茉莉龙珠', '茉莉龍珠'],
    variants: [['50 g tin', 1800], ['100 g tin', 3200]], tags: ['green tea', 'floral'],
    description: 'Hand-rolled green tea pearls scented over six nights with fresh jasmine blossoms. Each pearl unfurls into a sweet, floral cup; steep at 80 °C for two minutes.' }),
  tea({ handle: 'west-lake-longjing', art: 'tin', colour: '#7fa35b', title: ['West Lake Longjing Green Tea', '西湖龙井绿茶', '西湖龍井綠茶'],
    variants: [['50 g tin', 2400], ['100 g tin', 4400]], tags: ['green tea', 'spring harvest'],
    description: 'Pan-fired flat leaves from the hills around Hangzhou, picked before the Qingming festival. Chestnut-sweet with a clean, lingering finish.' }),
  tea({ handle: 'tieguanyin-oolong', art: 'pouch', colour: '#4f7c4a', title: ['Tieguanyin Oolong', '铁观音乌龙茶', '鐵觀音烏龍茶'],
    variants: [['75 g pouch', 2200], ['150 g pouch', 3900]], tags: ['oolong', 'orchid'],
    description: 'A lightly oxidised Anxi oolong rolled into tight jade knots. Orchid aroma, creamy body, and good for five or six infusions.' }),
  tea({ handle: 'alishan-high-mountain-oolong', art: 'pouch', colour: '#96b85c', title: ['Alishan High Mountain Oolong', '阿里山高山乌龙', '阿里山高山烏龍'],
    variants: [['75 g pouch', 3200]], tags: ['oolong', 'taiwan'],
    description: 'Grown above 1,200 metres in Chiayi County, Taiwan. Buttery, floral and bright, with the mineral sweetness of slow mountain growth.' }),
  tea({ handle: 'earl-grey-cream', art: 'tin', colour: '#8e7dbe', title: ['Earl Grey Cream', '奶香伯爵红茶', '奶香伯爵紅茶'],
    variants: [['80 g tin', 1400], ['200 g refill pouch', 2900]], tags: ['black tea', 'bergamot'],
    description: 'Ceylon black tea with cold-pressed bergamot, vanilla and cornflower petals. Lovely on its own, better still as a London fog.' }),
  tea({ handle: 'yunnan-golden-needle', art: 'pouch', colour: '#d08a3c', title: ['Yunnan Golden Needle Black Tea', '云南金针滇红', '雲南金針滇紅'],
    variants: [['50 g pouch', 2600], ['100 g pouch', 4800]], tags: ['black tea', 'yunnan'],
    description: 'Downy golden buds from Fengqing. Malty and honeyed with a note of cocoa, never bitter even when steeped long.' }),
  tea({ handle: 'aged-pu-erh-cake', art: 'cake', colour: '#7a5236', title: ['Aged Pu-erh Cake, 357 g', '陈年普洱茶饼 357 克', '陳年普洱茶餅 357 克'],
    variants: [['2015 harvest', 5800]], tags: ['pu-erh', 'aged'],
    description: 'A pressed ripe pu-erh cake aged ten years in Kunming. Earthy, smooth and dark as coffee; break off a few grams with a pick for each session.' }),
  tea({ handle: 'chamomile-honeybush', art: 'tin', colour: '#e3b341', title: ['Chamomile & Honeybush Blend', '洋甘菊蜜树茶', '洋甘菊蜜樹茶'],
    variants: [['60 g tin', 1200]], tags: ['herbal', 'caffeine free'],
    description: 'Whole Egyptian chamomile flowers with South African honeybush and a little lemon balm. Caffeine free, made for the end of the day.' }),
  tea({ handle: 'discovery-tea-sampler', art: 'box', colour: '#b5523b', title: ['Discovery Tea Sampler (8 teas)', '探索茶样礼盒（8 款）', '探索茶樣禮盒（8 款）'],
    variants: [['Gift box', 3400]], tags: ['gift', 'sampler'], finalSale: true,
    description: 'Eight of our favourite teas in numbered tins, with a tasting card for each. Opened food cannot be resold, so the sampler is final sale.' }),
  ware({ handle: 'celadon-gaiwan', art: 'gaiwan', colour: '#9cbfa8', title: ['Celadon Gaiwan, 150 ml', '青瓷盖碗 150 毫升', '青瓷蓋碗 150 毫升'],
    variants: [['Celadon', 3800], ['Ivory', 3800]], tags: ['porcelain', 'gongfu'],
    description: 'A lidded bowl for brewing and drinking, fired in Longquan with a soft jade glaze. The flared rim stays cool to the touch.' }),
  ware({ handle: 'glass-kettle', art: 'kettle', colour: '#8fb3d1', title: ['Borosilicate Glass Kettle, 1 L', '高硼硅玻璃煮水壶 1 升', '高硼矽玻璃煮水壺 1 公升'],
    variants: [['1 litre', 4600]], tags: ['glass', 'stovetop'],
    description: 'Heat-proof glass on gas, electric or ceramic hobs, so you can watch the water reach a gentle simmer. Stainless steel strainer included.' }),
  ware({ handle: 'yixing-clay-teapot', art: 'teapot', colour: '#8c4a2f', title: ['Yixing Clay Teapot', '宜兴紫砂壶', '宜興紫砂壺'],
    variants: [['120 ml', 12800], ['200 ml', 15800]], tags: ['handmade', 'zisha'],
    description: 'Thrown by hand from zisha clay in Dingshu. The unglazed clay seasons with every brew; keep it for one family of teas.' }),
  ware({ handle: 'speckled-stoneware-cups', art: 'cups', colour: '#cdb89b', title: ['Speckled Stoneware Cups, Set of 4', '斑点粗陶杯（4 只装）', '斑點粗陶杯（4 入）'],
    variants: [['Oat', 3600], ['Charcoal', 3600]], tags: ['stoneware', 'set'],
    description: 'Small handleless cups with an iron-speckled glaze, sized for tea rather than coffee. Dishwasher safe.' }),
  ware({ handle: 'bamboo-tea-tray', art: 'tray', colour: '#c29a5b', title: ['Bamboo Tea Tray', '竹制茶盘', '竹製茶盤'],
    variants: [['40 × 25 cm', 5400]], tags: ['bamboo', 'gongfu'],
    description: 'A slatted tray with a hidden drip reservoir for gongfu brewing, where rinsing and overflowing are part of the ritual.' }),
  ware({ handle: 'cast-iron-tetsubin', art: 'kettle', colour: '#3f4a52', title: ['Cast Iron Tetsubin, 0.8 L', '铸铁壶 0.8 升', '鑄鐵壺 0.8 公升'],
    variants: [['Black', 8900], ['Midnight blue', 9400]], tags: ['cast iron', 'japan'],
    description: 'Made in Morioka with a hobnail pattern and enamelled interior. Holds heat for a long, slow pot of tea.' }),
  ware({ handle: 'infuser-mug', art: 'mug', colour: '#8fae8b', title: ['Infuser Mug with Lid', '带滤网马克杯', '附濾網馬克杯'],
    variants: [['Sage', 2800], ['Blush', 2800], ['Ivory', 2800]], tags: ['stoneware', 'everyday'],
    description: 'A 350 ml stoneware mug with a fine steel infuser and a lid that doubles as a coaster. Loose leaf for the office desk.' }),
];
