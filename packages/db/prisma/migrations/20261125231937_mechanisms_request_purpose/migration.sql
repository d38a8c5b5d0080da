-- AlterTable
ALTER TABLE "mechanisms_request" ADD COLUMN     "purpose" TEXT;
