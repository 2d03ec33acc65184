-- AlterEnum
ALTER TYPE "MessageKind" ADD VALUE 'CONTEST_WON';
