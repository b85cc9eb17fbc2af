import { NOT_SIGNED_IN, SESSION, type RouteContract } from "@/lib/api/contract";

export const me: RouteContract = { method: "get", path: "/api/v1/me", summary: "The signed-in person, their listings and requests", security: SESSION, responses: { 200: { description: "OK" }, 401: NOT_SIGNED_IN } };
