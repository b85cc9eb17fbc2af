import { z } from "zod";
import { err, jsonBody, ok, privateRead, write } from "@/lib/api/contract";
import { NewUserSchema, UserSchema } from "@/lib/validation/admin";

export const listUsers = privateRead("/api/v1/admin/users", "Accounts (admin)", undefined, { 200: ok(z.object({ items: z.array(UserSchema) })) });
export const createUser = write("post", "/api/v1/admin/users", "Create an account, e.g. a regional editor (admin)", { body: jsonBody(NewUserSchema) }, { 201: ok(z.object({ id: z.string() })), 409: err("E-mail taken") });
