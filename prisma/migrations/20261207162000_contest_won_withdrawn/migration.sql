-- A contest winner disqualified before her "you won" message left: the message is skipped.
ALTER TYPE "MessageHold" ADD VALUE 'WITHDRAWN';
