import { idParams, jsonBody, ok, write } from "@/lib/api/contract";
import { UserSchema, UserUpdateSchema } from "@/lib/validation/admin";

export const setRole = write("put", "/api/v1/admin/users/{id}", "Set a person's role and regions (admin)", { params: idParams, body: jsonBody(UserUpdateSchema) }, { 200: ok(UserSchema) });
