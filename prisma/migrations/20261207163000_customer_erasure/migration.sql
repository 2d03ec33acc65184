-- A customer whose personal data was erased stays as a pseudonymous id (see privacy/erasure.ts).
ALTER TABLE "Customer" ADD COLUMN "erasedAt" TIMESTAMPTZ(3);
