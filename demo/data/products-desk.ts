/**
 * @module Demo catalog, desk and light aisle: stationery and lighting.
 */
import type { DemoProduct } from './types.ts';

type Entry = Omit<DemoProduct, 'category'>;
const desk = (e: Entry): DemoProduct => ({ ...e, category: 'stationery' });
const light = (e: Entry): DemoProduct => ({ ...e, category: 'lighting' });

export const DESK_PRODUCTS: readonly DemoProduct[] = [
  desk({ handle: 'linen-notebook-a5', art: 'notebook', colour: '#7d8f5a', title: ['Linen Hardcover Notebook, A5', '亚麻精装笔记本 A5', '亞麻精裝筆記本 A5'],
    variants: [['Dotted', 2200], ['Lined', 2200], ['Plain', 2200]], tags: ['notebook', 'fountain pen friendly'],
    description: '192 pages of 100 gsm cream paper that takes fountain pen ink without bleeding. Lay-flat binding and a linen cover that ages well.' }),
  desk({ handle: 'brass-fountain-pen', art: 'pen', colour: '#b08d57', title: ['Brass Fountain Pen', '黄铜钢笔', '黃銅鋼筆'],
    variants: [['Fine nib', 6800], ['Medium nib', 6800]], tags: ['pen', 'brass'],
    description: 'Machined from solid brass that darkens to a warm patina in the hand. Takes standard international cartridges or the included converter.' }),
  desk({ handle: 'botanical-washi-tape', art: 'tape', colour: '#d98c8c', title: ['Botanical Washi Tape, Set of 6', '植物纹和纸胶带（6 卷）', '植物紋和紙膠帶（6 卷）'],
    variants: [['Set of 6', 1400]], tags: ['washi', 'journaling'], finalSale: true,
    description: 'Six rolls of Japanese paper tape printed with ferns, gingko and tea flowers. Final sale: opened rolls cannot be restocked.' }),
  desk({ handle: 'letterpress-cards', art: 'cards', colour: '#e07a5f', title: ['Letterpress Greeting Cards, Pack of 8', '凸版印刷贺卡（8 张）', '凸版印刷賀卡（8 張）'],
    variants: [['Thank you', 1800], ['Seasonal', 1800]], tags: ['cards', 'letterpress'],
    description: 'Printed on a 1960s Heidelberg press onto thick cotton card, with kraft envelopes. Blank inside for your own words.' }),
  desk({ handle: 'undated-weekly-planner', art: 'notebook', colour: '#3d5a80', title: ['Undated Weekly Planner', '无日期周计划本', '無日期週計劃本'],
    variants: [['Navy', 2600], ['Terracotta', 2600]], tags: ['planner'],
    description: 'Fifty-two spreads you can start in any week, with a habit tracker and a ribbon marker. Sewn binding opens flat.' }),
  desk({ handle: 'fountain-pen-ink-trio', art: 'ink', colour: '#2a4d69', title: ['Fountain Pen Ink, Three Colours', '钢笔墨水三色装', '鋼筆墨水三色裝'],
    variants: [['Forest, ink blue, sepia', 3200]], tags: ['ink'],
    description: 'Three 30 ml bottles of well-behaved, water-based ink in colours inspired by an evening walk: forest, ink blue and sepia.' }),
  desk({ handle: 'walnut-desk-tray', art: 'tray', colour: '#6b4a36', title: ['Walnut Desk Tray', '胡桃木桌面收纳盘', '胡桃木桌面收納盤'],
    variants: [['Small', 3900], ['Large', 5200]], tags: ['walnut', 'desk'],
    description: 'Carved from a single piece of American black walnut and finished with beeswax. A home for pens, keys and the day\'s notes.' }),
  light({ handle: 'rice-paper-pendant', art: 'pendant', colour: '#efe3c8', title: ['Rice Paper Pendant Lantern', '宣纸吊灯', '宣紙吊燈'],
    variants: [['40 cm', 8900], ['60 cm', 11900]], tags: ['pendant', 'paper'],
    description: 'Hand-pasted mulberry paper over a bamboo frame, casting a soft, even glow. Cord set and E26 bulb holder included.' }),
  light({ handle: 'brass-task-lamp', art: 'lamp', colour: '#c9a227', title: ['Brass Task Lamp', '黄铜台灯', '黃銅檯燈'],
    variants: [['Brass', 14800], ['Matte black', 13800]], tags: ['desk lamp', 'brass'],
    description: 'An adjustable arm and a pivoting shade put light exactly where you read or write. Dimmable LED bulb included.' }),
  light({ handle: 'opal-mushroom-lamp', art: 'mushroom', colour: '#f0e4c8', title: ['Opal Glass Mushroom Lamp', '乳白玻璃蘑菇灯', '乳白玻璃蘑菇燈'],
    variants: [['Opal', 11200]], tags: ['table lamp', 'glass'],
    description: 'Mouth-blown opal glass that glows like a paper lantern. A warm pool of light for a side table or a bedside.' }),
  light({ handle: 'beeswax-taper-candles', art: 'tapers', colour: '#e3a83b', title: ['Beeswax Taper Candles, Pair', '蜂蜡长烛（一对）', '蜂蠟長燭（一對）'],
    variants: [['Natural', 1600], ['Indigo', 1800], ['Terracotta', 1800]], tags: ['candles', 'beeswax'],
    description: 'Hand-dipped from pure beeswax with a cotton wick. They burn slowly and cleanly for about ten hours, with a faint smell of honey.' }),
  light({ handle: 'hinoki-yuzu-candle', art: 'jar', colour: '#d4a373', title: ['Hinoki & Yuzu Soy Candle', '扁柏柚子大豆蜡烛', '扁柏柚子大豆蠟燭'],
    variants: [['220 g', 3200]], tags: ['candles', 'soy'],
    description: 'Japanese cypress and yuzu peel in soy wax, poured into a reusable amber glass jar. About 45 hours of burn time.' }),
  light({ handle: 'warm-glow-string-lights', art: 'lights', colour: '#f2b134', title: ['Warm Glow String Lights, 10 m', '暖光串灯 10 米', '暖光串燈 10 公尺'],
    variants: [['Plug-in', 2400], ['Solar', 3400]], tags: ['string lights', 'outdoor'],
    description: 'One hundred warm-white LEDs on a fine copper wire, for a balcony, a bookshelf or a bare winter tree. Weatherproof.' }),
  light({ handle: 'ceramic-tealight-lantern', art: 'lantern', colour: '#5e7f8a', title: ['Ceramic Tealight Lantern', '陶瓷烛台灯笼', '陶瓷燭台燈籠'],
    variants: [['Slate blue', 2900]], tags: ['lantern', 'last season'], finalSale: true,
    description: 'A pierced stoneware lantern that scatters tealight flicker across the walls. Last season\'s glaze, reduced and final sale.' }),
];
