import { idParams, NOT_FOUND, ok, privateRead } from "@/lib/api/contract";
import { ImportJobSchema } from "@/lib/validation/import";

export const importJob = privateRead("/api/v1/admin/import/jobs/{id}", "An import job: its progress, then its report or error (admin)", { params: idParams }, { 200: ok(ImportJobSchema), 404: NOT_FOUND });
