-- CreateIndex
CREATE INDEX "PointLot_movementId_idx" ON "PointLot"("movementId");
