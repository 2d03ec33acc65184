-- DropIndex
DROP INDEX "Movement_customerId_createdAt_idx";

-- AlterTable
ALTER TABLE "Movement" ADD COLUMN     "seq" BIGSERIAL NOT NULL;

-- CreateIndex
CREATE INDEX "Movement_customerId_seq_idx" ON "Movement"("customerId", "seq");
