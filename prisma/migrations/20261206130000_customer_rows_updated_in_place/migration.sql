-- Customer rows are rewritten in place all the time: the activity summary as customers buy, the
-- tier as they qualify, and the tier review, which may warn or move a large share of them at
-- once. Three tenths of each page are left free so that such an update stays on its page (a HOT
-- update: no entry in the five indexes, no row moved); on full pages every update writes all the
-- indexes. Measured with a review that changes 283,830 of 1,000,000 customers (bench/README.md):
-- on full pages none of its updates were HOT and its writes took 6.3 s; with a fifth of each page
-- free, 79 % and 3.0 s; with three tenths, all of them and 2.0 s.
-- Pages already written keep their rows until they are rewritten; new and updated rows get it.
ALTER TABLE "Customer" SET (fillfactor = 70);
