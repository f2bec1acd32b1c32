-- The shipping method the shopper chose ("Express", "Flat Rate"), as the platform names it,
-- and its key as delivery rules compare it (NFKC, lower case, single spaces: computed by
-- the server, shippingMethodKey in server/orders/limits.ts): the shop's rule for that
-- method estimates a parcel's arrival when the carrier gives no date, in the tracker and in
-- the admin's "late first" order list alike.
alter table orders add column shipping_method text check (length(shipping_method) <= 200);
alter table orders add column shipping_method_key text;
