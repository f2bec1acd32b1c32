-- The inbox search matches word forms through English stemming: index the message's
-- tsvector so a search does not compute it for every row.
create index feedback_body_fts on feedback using gin (to_tsvector('english', body));
create index orders_number_trgm on orders using gin (number gin_trgm_ops);
