-- Sign-in failures are counted in decaying windows (rate_limits) per account, per account
-- and client address, and per remembered browser; the per-email lock table goes.
drop table login_attempts;
