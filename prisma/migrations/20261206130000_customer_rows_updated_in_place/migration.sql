-- Customer rows are rewritten in place all the time: the activity summary as customers buy, the
-- tier as they qualify, and the tier review, which may warn or move a large share of them at
-- once. Three tenths of each page are left free so that such an update stays on its page (a HOT
-- update: no entry in the five indexes, no row moved); on full pages every update writes all the
-- indexes. Measured with a review that changes 283,281 of 1,000,000 customers (bench/README.md):
-- none of its updates HOT on full pages, 79 % with a fifth free, all of them with three tenths.
-- Pages already written keep their rows until they are rewritten; new and updated rows get it.
ALTER TABLE "Customer" SET (fillfactor = 70);
