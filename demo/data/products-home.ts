/**
 * @module Demo catalog, home aisle: house plants and home goods.
 */
import type { DemoProduct } from './types.ts';

type Entry = Omit<DemoProduct, 'category'>;
const plant = (e: Entry): DemoProduct => ({ ...e, category: 'plants' });
const home = (e: Entry): DemoProduct => ({ ...e, category: 'home' });

export const HOME_PRODUCTS: readonly DemoProduct[] = [
  plant({ handle: 'monstera-deliciosa', art: 'monstera', colour: '#2d6a4f', title: ['Monstera Deliciosa', '龟背竹', '龜背竹'],
    variants: [['Small, 15 cm pot', 4800], ['Medium, 21 cm pot', 7800]], tags: ['plant', 'bright indirect light'],
    description: 'The Swiss cheese plant, grown in our greenhouse until its leaves split. Likes bright, indirect light and a drink when the top soil is dry.' }),
  plant({ handle: 'chinese-money-plant', art: 'pilea', colour: '#52b788', title: ['Chinese Money Plant', '镜面草', '鏡面草'],
    variants: [['12 cm pot', 2400]], tags: ['plant', 'pet friendly'],
    description: 'Pilea peperomioides, with round leaves on slender stems. Easy, pet friendly, and it sends up pups you can pass on to friends.' }),
  plant({ handle: 'golden-pothos', art: 'pothos', colour: '#74a94c', title: ['Golden Pothos', '绿萝', '黃金葛'],
    variants: [['Hanging pot', 1800]], tags: ['plant', 'low light', 'trailing'],
    description: 'Heart-shaped leaves marbled with gold that trail from a shelf. Forgiving in low light and quick to show when it is thirsty.' }),
  plant({ handle: 'juniper-bonsai', art: 'bonsai', colour: '#40916c', title: ['Juniper Bonsai', '真柏盆景', '真柏盆景'],
    variants: [['8 years old', 7800]], tags: ['bonsai', 'outdoor'], finalSale: true,
    description: 'A wired and shaped juniper in a glazed bonsai pot. It lives outdoors and needs daily watering in summer. Live plants are final sale.' }),
  plant({ handle: 'snake-plant', art: 'snake', colour: '#2f5d3a', title: ['Snake Plant', '虎尾兰', '虎尾蘭'],
    variants: [['Small, 12 cm pot', 3200], ['Large, 24 cm pot', 6400]], tags: ['plant', 'low light', 'air purifying'],
    description: 'Upright, sword-shaped leaves edged in yellow. Thrives on neglect: water every three weeks and let it be.' }),
  plant({ handle: 'terracotta-planters', art: 'pots', colour: '#c8553d', title: ['Terracotta Planters, Set of 3', '赤陶花盆（3 件套）', '赤陶花盆（3 件組）'],
    variants: [['Set of 3', 3400]], tags: ['planter', 'terracotta'],
    description: 'Unglazed terracotta breathes, so roots stay healthy. Three nesting sizes with matching saucers.' }),
  plant({ handle: 'brass-plant-mister', art: 'mister', colour: '#b5893c', title: ['Brass Plant Mister', '黄铜喷雾瓶', '黃銅噴霧瓶'],
    variants: [['300 ml', 2600]], tags: ['plant care', 'brass'],
    description: 'A fine, even mist for ferns and calatheas that love humidity. Solid brass that looks good left out on the windowsill.' }),
  home({ handle: 'stonewashed-linen-throw', art: 'throw', colour: '#a9ac8c', title: ['Stonewashed Linen Throw', '水洗亚麻盖毯', '水洗亞麻蓋毯'],
    variants: [['Oat', 9800], ['Sage', 9800], ['Rust', 9800]], tags: ['linen', 'textiles'],
    description: 'Heavyweight European flax, stonewashed until it drapes softly. Warm in winter, cool in summer, and softer with every wash.' }),
  home({ handle: 'ceramic-bud-vases', art: 'vase', colour: '#e5989b', title: ['Ceramic Bud Vases, Set of 3', '陶瓷小花瓶（3 件套）', '陶瓷小花瓶（3 件組）'],
    variants: [['Blush', 4200], ['Chalk', 4200]], tags: ['ceramic', 'vase'],
    description: 'Three little vases for a single stem, a sprig of rosemary or whatever the garden offers. Glazed inside so they hold water.' }),
  home({ handle: 'cedar-incense-set', art: 'incense', colour: '#9c6644', title: ['Cedar Incense & Brass Holder', '雪松线香与黄铜香座', '雪松線香與黃銅香座'],
    variants: [['Gift set', 2200]], tags: ['incense', 'gift'],
    description: 'Forty sticks of hand-rolled cedar and sandalwood incense from Awaji Island, with a small solid brass holder.' }),
  home({ handle: 'seagrass-storage-basket', art: 'basket', colour: '#c4a574', title: ['Seagrass Storage Basket', '海草编织收纳篮', '海草編織收納籃'],
    variants: [['Medium', 3800], ['Large', 5200]], tags: ['storage', 'handwoven'],
    description: 'Handwoven from seagrass with sturdy handles, for blankets, magazines or the plant you want to hide the plastic pot of.' }),
  home({ handle: 'waffle-towel-set', art: 'towels', colour: '#d9c8b4', title: ['Cotton Waffle Towel Set', '棉质华夫格毛巾套装', '棉質華夫格毛巾組'],
    variants: [['White', 4600], ['Clay', 4600]], tags: ['bath', 'cotton'],
    description: 'A bath towel and two hand towels in honeycomb-weave Turkish cotton. Light, quick to dry and more absorbent each wash.' }),
];
