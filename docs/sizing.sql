-- Sizes of the follow graph's tables per row on PostgreSQL, for docs/scaling.md. Run it in an empty database the
-- server has migrated (start the server once with Storage:Provider=PostgreSql and that database):
--   psql -h HOST -p PORT -U USER -d DATABASE -f docs/sizing.sql
-- Synthetic rows with the lengths real ones have: 20,000 profiles and addresses, 200,000 follow edges, each with
-- its follow operation in the log.
INSERT INTO profiles (handle, owner, follower_count, created_at, position)
SELECT 'handle_' || g, '0x' || substr(md5(g::text) || md5((g+1)::text), 1, 40), 10, 1764600000000 + g, g FROM generate_series(1, 20000) g;
INSERT INTO addresses (address, following_count)
SELECT '0x' || substr(md5('a' || g) || md5('b' || g), 1, 40), 10 FROM generate_series(1, 20000) g;
INSERT INTO operations (position, id, kind, address, handles, content, signature, signing_key, signing_key_auth_message, signing_key_auth_signature, ts, accepted_at, previous_digest, digest)
SELECT g, g, 'follow', '0x' || substr(md5('a' || (g % 20000 + 1)) || md5('b' || (g % 20000 + 1)), 1, 40), 'handle_' || (g % 20000 + 1),
  '{"op":"follow","address":"0x' || substr(md5('a' || g) || md5('b' || g), 1, 40) || '","handle":"handle_' || g % 20000 || '","ts":1764600000000}',
  '0x' || repeat(md5(g::text), 4),
  'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE' || substr(encode(sha512(g::text::bytea), 'base64'), 1, 88),
  'I authorize CyberConnect from this device using signing key:' || chr(10) || 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE' || substr(encode(sha512(g::text::bytea), 'base64'), 1, 88),
  '0x' || repeat(md5((g+7)::text), 4) || '1b',
  1764600000000 + g, 1764600000000 + g, '0x' || md5(g::text) || md5((g+3)::text), '0x' || md5((g+1)::text) || md5((g+4)::text)
FROM generate_series(1, 200000) g;
INSERT INTO follows (address, handle, last_ts, last_operation, follow_operation, followed_at)
SELECT '0x' || substr(md5('a' || (g % 20000 + 1)) || md5('b' || (g % 20000 + 1)), 1, 40),
  'handle_' || (((g / 20000) * 997 + g) % 20000 + 1),
  1764600000000 + g, g, g, 1764600000000 + g FROM generate_series(1, 200000) g ON CONFLICT DO NOTHING;
VACUUM ANALYZE;
SELECT relname, n_live_tup FROM pg_stat_user_tables ORDER BY relname;
SELECT c.relname, c.relkind, pg_relation_size(c.oid) AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind IN ('r','i','t') ORDER BY 1;
SELECT c.relname, round(pg_relation_size(c.oid)::numeric / 200000, 1) AS bytes_per_edge FROM pg_class c
WHERE c.relname IN ('follows', 'pk_follows', 'ix_follows_followers', 'ix_follows_followings', 'operations', 'pk_operations')
ORDER BY 1;
SELECT round(pg_relation_size('addresses')::numeric / 20000, 1) AS address_row, round(pg_relation_size('pk_addresses')::numeric / 20000, 1) AS address_key,
  round(pg_relation_size('profiles')::numeric / 20000, 1) AS profile_row;
