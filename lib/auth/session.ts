import { ApiError } from "../api/errors";
import { auth } from "./auth";
import { assertSameOrigin } from "./origin";
import { isRole, type Actor, type Role } from "./roles";

/** The actor of a request, or null when nobody is signed in. */
export async function currentActor(headers: Headers): Promise<Actor | null> {
  const session = await auth().api.getSession({ headers });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: unknown; regions?: unknown };
  const role = isRole(user.role) ? user.role : "practitioner";
  let regions: string[] = [];
  try {
    regions = JSON.parse(String(user.regions ?? "[]")) as string[];
  } catch {
    regions = [];
  }
  return { id: user.id, email: user.email, name: user.name, role, regions };
}

/**
 * The one guard of every write route (and of the private read routes): refuses cross-site requests (403),
 * anonymous ones (401) and roles not in `roles` (403). Region and ownership checks follow in lib.
 */
export async function authorize(req: Request, roles: readonly Role[]): Promise<Actor> {
  assertSameOrigin(req);
  const actor = await currentActor(req.headers);
  if (!actor) throw new ApiError(401, "unauthenticated", "Sign in first");
  if (!roles.includes(actor.role)) throw new ApiError(403, "forbidden", "Your role may not do this");
  return actor;
}

export const forbidden = (message = "You may not change this entry") => new ApiError(403, "forbidden", message);
