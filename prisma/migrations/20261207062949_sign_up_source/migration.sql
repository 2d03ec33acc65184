-- CreateEnum
CREATE TYPE "SignUpSource" AS ENUM ('SHOP', 'ESHOP', 'ORGANIC');

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "signUpSource" "SignUpSource" NOT NULL DEFAULT 'ORGANIC';


-- Members who joined before: a till's enrolment made its shop their home shop, a portal sign-up
-- none, so the home shop tells where they joined.
UPDATE "Customer" c
SET "signUpSource" = CASE s.kind WHEN 'ESHOP' THEN 'ESHOP' ELSE 'SHOP' END::"SignUpSource"
FROM "Shop" s
WHERE s.id = c."homeShopId";
