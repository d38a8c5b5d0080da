-- AlterTable
ALTER TABLE "mechanisms_press_conference" ADD COLUMN     "published_at" TIMESTAMP(3);
