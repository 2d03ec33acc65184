-- A shop's dashboard counts the members whose home shop it is, at two dates: from this index
-- rather than from the whole customer table (130 ms a count at a million customers).
CREATE INDEX "Customer_homeShopId_createdAt_idx" ON "Customer"("homeShopId", "createdAt");
