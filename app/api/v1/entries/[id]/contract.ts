import { idParams, NOT_FOUND, ok, publicRead } from "@/lib/api/contract";
import { ApiEntrySchema } from "@/lib/validation/entry";

export const getEntry = publicRead("/api/v1/entries/{id}", "One entry", { params: idParams }, { 200: ok(ApiEntrySchema), 404: NOT_FOUND });
