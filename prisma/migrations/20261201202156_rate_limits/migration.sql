-- CreateTable
CREATE TABLE "RateLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");

-- Hand-written: counters are worth less than a write-ahead log entry and an fsync per request
-- (the REST API counts every call). Unlogged, a crash or a failover resets them: limits start
-- over, nothing else is lost.
ALTER TABLE "RateLimit" SET UNLOGGED;
