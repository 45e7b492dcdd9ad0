CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

CREATE TABLE "addresses" (
    "address" TEXT NOT NULL CONSTRAINT "pk_addresses" PRIMARY KEY,
    "following_count" INTEGER NOT NULL
);

CREATE TABLE "operations" (
    "position" INTEGER NOT NULL CONSTRAINT "pk_operations" PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "handles" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "signing_key" TEXT NULL,
    "signing_key_auth_message" TEXT NULL,
    "signing_key_auth_signature" TEXT NULL,
    "ts" INTEGER NOT NULL,
    "accepted_at" INTEGER NOT NULL,
    "previous_digest" TEXT NOT NULL,
    "digest" TEXT NOT NULL
);

CREATE TABLE "profiles" (
    "handle" TEXT NOT NULL CONSTRAINT "pk_profiles" PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "follower_count" INTEGER NOT NULL,
    "created_at" INTEGER NOT NULL,
    "position" INTEGER NOT NULL
);

CREATE TABLE "rate_buckets" (
    "address" TEXT NOT NULL CONSTRAINT "pk_rate_buckets" PRIMARY KEY,
    "tokens" REAL NOT NULL,
    "updated_at" INTEGER NOT NULL
);

CREATE TABLE "signing_keys" (
    "key" TEXT NOT NULL CONSTRAINT "pk_signing_keys" PRIMARY KEY,
    "address" TEXT NOT NULL,
    "auth_message" TEXT NOT NULL,
    "auth_signature" TEXT NOT NULL,
    "registered_at" INTEGER NOT NULL,
    "revoked_at" INTEGER NULL,
    "revoked_position" INTEGER NULL
);

CREATE TABLE "follows" (
    "address" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "last_ts" INTEGER NOT NULL,
    "last_position" INTEGER NOT NULL,
    "follow_position" INTEGER NULL,
    "followed_at" INTEGER NULL,
    CONSTRAINT "pk_follows" PRIMARY KEY ("address", "handle"),
    CONSTRAINT "fk_follows_addresses_address" FOREIGN KEY ("address") REFERENCES "addresses" ("address") ON DELETE RESTRICT,
    CONSTRAINT "fk_follows_profiles_handle" FOREIGN KEY ("handle") REFERENCES "profiles" ("handle") ON DELETE RESTRICT
);

CREATE INDEX "ix_follows_followers" ON "follows" ("handle", "follow_position");

CREATE INDEX "ix_follows_followings" ON "follows" ("address", "follow_position");

CREATE INDEX "ix_profiles_owner" ON "profiles" ("owner");

CREATE INDEX "ix_rate_buckets_updated_at" ON "rate_buckets" ("updated_at");

CREATE INDEX "ix_signing_keys_address" ON "signing_keys" ("address");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202190118_InitialSchema', '10.0.15');

CREATE TABLE "api_keys" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_api_keys" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "requests_per_minute" INTEGER NOT NULL,
    "created_at" INTEGER NOT NULL,
    "revoked_at" INTEGER NULL
);

CREATE TABLE "webhooks" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_webhooks" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "handle" TEXT NULL,
    "address" TEXT NULL,
    "position" INTEGER NOT NULL,
    "created_at" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "ux_api_keys_key_hash" ON "api_keys" ("key_hash");

CREATE UNIQUE INDEX "ux_api_keys_name" ON "api_keys" ("name");

CREATE UNIQUE INDEX "ux_webhooks_name" ON "webhooks" ("name");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202225023_ApiKeysAndWebhooks', '10.0.15');

CREATE TABLE "blocks" (
    "handle" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "last_ts" INTEGER NOT NULL,
    "last_position" INTEGER NOT NULL,
    "block_position" INTEGER NULL,
    "blocked_at" INTEGER NULL,
    CONSTRAINT "pk_blocks" PRIMARY KEY ("handle", "address"),
    CONSTRAINT "fk_blocks_profiles_handle" FOREIGN KEY ("handle") REFERENCES "profiles" ("handle") ON DELETE RESTRICT
);

CREATE INDEX "ix_blocks_blocked" ON "blocks" ("handle", "block_position");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203021503_Blocks', '10.0.15');

CREATE INDEX "ix_profiles_follower_count" ON "profiles" ("follower_count" DESC, "handle");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207211637_ProfileSearch', '10.0.15');

ALTER TABLE "signing_keys" RENAME COLUMN "revoked_position" TO "revoked_operation";

ALTER TABLE "profiles" RENAME COLUMN "position" TO "created_operation";

ALTER TABLE "follows" RENAME COLUMN "last_position" TO "last_operation";

ALTER TABLE "follows" RENAME COLUMN "follow_position" TO "follow_operation";

ALTER TABLE "blocks" RENAME COLUMN "last_position" TO "last_operation";

ALTER TABLE "blocks" RENAME COLUMN "block_position" TO "block_operation";

ALTER TABLE "operations" ADD "id" INTEGER NOT NULL DEFAULT 0;

UPDATE operations SET id = position;

CREATE UNIQUE INDEX "ux_operations_id" ON "operations" ("id");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261207223749_OperationIds', '10.0.15');

