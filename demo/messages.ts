/**
 * @module The demo store's own texts in English, simplified and traditional Chinese
 * (the widgets bring their own). English is the shape every locale must fill.
 */

const en = {
  topbar: 'Free shipping on orders over $75 · 30-day returns · A demo store for Rapport',
  tagline: 'Tea, light & living things',
  skip: 'Skip to content',
  nav: { label: 'Main', shop: 'Shop', orders: 'Order status', returns: 'Returns', help: 'Help', account: 'Account' },
  language: 'Language',
  signIn: { label: 'Demo customer', choose: 'Sign in as a demo customer…', button: 'Sign in', as: 'Signed in as', out: 'Sign out', unknown: 'There is no such demo customer.' },
  hero: {
    eyebrow: 'New this season',
    title: 'Slow mornings, warm light, green things.',
    text: 'Small-batch teas, handmade teaware, paper goods, lamps and plants for a calmer home — packed by hand in Portland.',
    cta: 'Shop the collection',
    track: 'Track an order',
  },
  shop: { title: 'The shop', all: 'All', count: (n: number) => `${n} products`, finalSale: 'Final sale', filter: 'Categories' },
  categories: { tea: 'Tea', teaware: 'Teaware', stationery: 'Stationery', lighting: 'Lighting', plants: 'Plants', home: 'Home' } as Record<string, string>,
  product: {
    option: 'Option', soldOut: 'Sold out', add: 'Add to bag', demo: 'This is a demo store: checkout is switched off.',
    finalSale: 'Final sale: this item cannot be returned or exchanged.', returns: 'Free returns within 30 days of delivery.',
    details: 'Details', notFound: 'We could not find that product.', back: 'Back to the shop',
  },
  account: {
    title: 'Your account', hello: (name: string) => `Hello, ${name}`,
    signedOut: 'Sign in as a demo customer (top of the page) to see a profile, orders and requests — just as a shopper signed in to a real store would.',
    personal: 'Personalized recommendations', personalOn: 'On: what you browse here shapes what we suggest.', personalOff: 'Off: you see what is popular, nothing from your browsing.',
    turnOn: 'Turn on', turnOff: 'Turn off',
  },
  help: { title: 'Help centre', text: 'Answers to the questions we hear most. Search in English or Chinese.', still: 'Still need help?', stillText: 'Tell us what happened and we reply within one business day.' },
  orders: {
    title: 'Order status', text: 'Follow every parcel from our warehouse to your door.',
    yours: 'Your recent orders', number: 'Order', placed: 'Placed', status: 'Status', total: 'Total',
    tip: 'Try it as a guest: look up one of these demo orders with its number and email.', none: 'No orders yet.', feedback: 'Feedback',
  },
  returns: {
    title: 'Returns & exchanges', text: 'Choose the items to send back, tell us why, and pick a refund, store credit or an exchange.',
    policy: ['30 days from delivery, unused and in original packaging', 'Store credit comes with a 10% bonus', 'Live plants, opened food and clearance items are final sale'],
  },
  status: {
    unpaid: 'Awaiting payment', paid: 'Paid', packed: 'Packed', shipped: 'Shipped', out_for_delivery: 'Out for delivery',
    delivered: 'Delivered', delayed: 'Delayed', returned: 'Returned', refunded: 'Refunded', cancelled: 'Cancelled',
  } as Record<string, string>,
  footer: {
    about: 'Lumen & Leaf is a demo store. Its customer service — profile, answers, order tracking, returns, feedback and recommendations — is Rapport.',
    service: 'Customer service', admin: 'Merchant admin', api: 'API',
  },
};

export type Messages = typeof en;

const zhHans: Messages = {
  topbar: '订单满 75 美元免运费 · 30 天退货 · Rapport 演示商店',
  tagline: '茶、灯光与绿植',
  skip: '跳到正文',
  nav: { label: '主导航', shop: '商店', orders: '订单状态', returns: '退货', help: '帮助', account: '我的账户' },
  language: '语言',
  signIn: { label: '演示顾客', choose: '以演示顾客身份登录…', button: '登录', as: '已登录：', out: '退出', unknown: '没有这位演示顾客。' },
  hero: {
    eyebrow: '当季新品',
    title: '慢慢的早晨，温暖的灯光，绿意盎然。',
    text: '小批量好茶、手作茶器、纸品文具、灯具与绿植，为更安静的家——在波特兰手工打包。',
    cta: '选购全部商品',
    track: '查询订单',
  },
  shop: { title: '全部商品', all: '全部', count: (n) => `${n} 件商品`, finalSale: '最终销售', filter: '分类' },
  categories: { tea: '茶叶', teaware: '茶器', stationery: '文具', lighting: '灯具', plants: '绿植', home: '家居' },
  product: {
    option: '规格', soldOut: '已售罄', add: '加入购物袋', demo: '这是演示商店，结账功能已关闭。',
    finalSale: '最终销售：本商品不可退换。', returns: '签收后 30 天内免费退货。',
    details: '商品详情', notFound: '找不到这件商品。', back: '返回商店',
  },
  account: {
    title: '我的账户', hello: (name) => `你好，${name}`,
    signedOut: '请在页面顶部以演示顾客身份登录，即可查看个人资料、订单和申请记录——就像在真实商店登录一样。',
    personal: '个性化推荐', personalOn: '已开启：你在本店的浏览会影响我们的推荐。', personalOff: '已关闭：你看到的是热门商品，与浏览记录无关。',
    turnOn: '开启', turnOff: '关闭',
  },
  help: { title: '帮助中心', text: '最常见问题的解答。支持中英文搜索。', still: '还需要帮助？', stillText: '告诉我们发生了什么，我们会在一个工作日内回复。' },
  orders: {
    title: '订单状态', text: '从仓库到家门口，每个包裹的动态一目了然。',
    yours: '最近的订单', number: '订单', placed: '下单于', status: '状态', total: '合计',
    tip: '以访客身份试试：用订单号和邮箱查询以下演示订单。', none: '还没有订单。', feedback: '反馈',
  },
  returns: {
    title: '退货与换货', text: '选择要退回的商品，告诉我们原因，再选择退款、店铺积分或换货。',
    policy: ['签收后 30 天内，未使用且保留原包装', '选择店铺积分可额外获得 10%', '鲜活绿植、已开封食品和清仓商品为最终销售'],
  },
  status: {
    unpaid: '待付款', paid: '已付款', packed: '已打包', shipped: '已发货', out_for_delivery: '派送中',
    delivered: '已送达', delayed: '延误', returned: '已退货', refunded: '已退款', cancelled: '已取消',
  },
  footer: {
    about: 'Lumen & Leaf 是一家演示商店。它的客户服务——个人资料、问答、订单跟踪、退货、反馈和推荐——由 Rapport 提供。',
    service: '客户服务', admin: '商家后台', api: 'API',
  },
};

const zhHant: Messages = {
  topbar: '訂單滿 75 美元免運費 · 30 天退貨 · Rapport 示範商店',
  tagline: '茶、燈光與植栽',
  skip: '跳到主要內容',
  nav: { label: '主選單', shop: '商店', orders: '訂單狀態', returns: '退貨', help: '說明', account: '我的帳戶' },
  language: '語言',
  signIn: { label: '示範顧客', choose: '以示範顧客身分登入…', button: '登入', as: '已登入：', out: '登出', unknown: '沒有這位示範顧客。' },
  hero: {
    eyebrow: '當季新品',
    title: '慢慢的早晨，溫暖的燈光，綠意盎然。',
    text: '小批量好茶、手作茶器、紙品文具、燈具與植栽，為更安靜的家——在波特蘭手工包裝。',
    cta: '選購全部商品',
    track: '查詢訂單',
  },
  shop: { title: '全部商品', all: '全部', count: (n) => `${n} 件商品`, finalSale: '最終銷售', filter: '分類' },
  categories: { tea: '茶葉', teaware: '茶器', stationery: '文具', lighting: '燈具', plants: '植栽', home: '居家' },
  product: {
    option: '規格', soldOut: '已售完', add: '加入購物袋', demo: '這是示範商店，結帳功能已關閉。',
    finalSale: '最終銷售：本商品不可退換。', returns: '簽收後 30 天內免費退貨。',
    details: '商品詳情', notFound: '找不到這件商品。', back: '返回商店',
  },
  account: {
    title: '我的帳戶', hello: (name) => `你好，${name}`,
    signedOut: '請在頁面頂端以示範顧客身分登入，即可查看個人資料、訂單和申請紀錄——就像在真實商店登入一樣。',
    personal: '個人化推薦', personalOn: '已開啟：你在本店的瀏覽會影響我們的推薦。', personalOff: '已關閉：你看到的是熱門商品，與瀏覽紀錄無關。',
    turnOn: '開啟', turnOff: '關閉',
  },
  help: { title: '說明中心', text: '最常見問題的解答。支援中英文搜尋。', still: '還需要協助嗎？', stillText: '告訴我們發生了什麼，我們會在一個工作天內回覆。' },
  orders: {
    title: '訂單狀態', text: '從倉庫到家門口，每個包裹的動態一目了然。',
    yours: '最近的訂單', number: '訂單', placed: '下單於', status: '狀態', total: '合計',
    tip: '以訪客身分試試：用訂單編號和電子郵件查詢以下示範訂單。', none: '還沒有訂單。', feedback: '意見回饋',
  },
  returns: {
    title: '退貨與換貨', text: '選擇要退回的商品，告訴我們原因，再選擇退款、購物金或換貨。',
    policy: ['簽收後 30 天內，未使用且保留原包裝', '選擇購物金可額外獲得 10%', '活體植栽、已開封食品和出清商品為最終銷售'],
  },
  status: {
    unpaid: '待付款', paid: '已付款', packed: '已包裝', shipped: '已出貨', out_for_delivery: '配送中',
    delivered: '已送達', delayed: '延誤', returned: '已退貨', refunded: '已退款', cancelled: '已取消',
  },
  footer: {
    about: 'Lumen & Leaf 是一家示範商店。它的客戶服務——個人資料、問答、訂單追蹤、退貨、意見回饋和推薦——由 Rapport 提供。',
    service: '客戶服務', admin: '商家後台', api: 'API',
  },
};

export const MESSAGES = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant } as const;
