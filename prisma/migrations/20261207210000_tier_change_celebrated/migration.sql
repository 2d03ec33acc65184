-- The portal celebrates a tier reached once, on whichever device she first sees it: the change
-- records when. Changes made before are taken as seen; a constant default is kept in the
-- catalogue (no table rewrite) and dropped at once, so new changes start unseen.
ALTER TABLE "TierChange" ADD COLUMN "celebratedAt" TIMESTAMPTZ(3) DEFAULT '2026-12-07 21:00:00+00';
ALTER TABLE "TierChange" ALTER COLUMN "celebratedAt" DROP DEFAULT;
