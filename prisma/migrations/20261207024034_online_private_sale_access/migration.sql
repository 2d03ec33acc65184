-- AlterTable
ALTER TABLE "DiscountCode" ADD COLUMN     "invitationId" UUID;

-- AlterTable
ALTER TABLE "PrivateSale" ADD COLUMN     "discountPercent" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "DiscountCode_invitationId_key" ON "DiscountCode"("invitationId");

-- AddForeignKey
ALTER TABLE "DiscountCode" ADD CONSTRAINT "DiscountCode_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A percentage between 1 and 100, or none.
ALTER TABLE "PrivateSale" ADD CONSTRAINT "PrivateSale_discountPercent_check"
  CHECK ("discountPercent" IS NULL OR "discountPercent" BETWEEN 1 AND 100);
