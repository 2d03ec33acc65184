-- CreateEnum
CREATE TYPE "ConsentChannel" AS ENUM ('EMAIL', 'SMS');

-- CreateEnum
CREATE TYPE "ConsentSource" AS ENUM ('TILL', 'PORTAL', 'SIGN_UP', 'IMPORT', 'ADMIN');

-- CreateTable
CREATE TABLE "ConsentChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "customerId" UUID NOT NULL,
    "channel" "ConsentChannel" NOT NULL,
    "given" BOOLEAN NOT NULL,
    "source" "ConsentSource" NOT NULL,
    "text" VARCHAR(1000) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConsentChange_customerId_createdAt_idx" ON "ConsentChange"("customerId", "createdAt");

-- AddForeignKey
ALTER TABLE "ConsentChange" ADD CONSTRAINT "ConsentChange_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Consents given before their history was kept (at a till's enrolment, or seeded) start it.
INSERT INTO "ConsentChange" ("customerId", channel, given, source, text, "createdAt")
SELECT id, 'EMAIL'::"ConsentChannel", true, 'IMPORT'::"ConsentSource", 'Given before consent history was kept.', "emailConsentAt"
FROM "Customer" WHERE "emailConsentAt" IS NOT NULL
UNION ALL
SELECT id, 'SMS'::"ConsentChannel", true, 'IMPORT'::"ConsentSource", 'Given before consent history was kept.', "smsConsentAt"
FROM "Customer" WHERE "smsConsentAt" IS NOT NULL;
