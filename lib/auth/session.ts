import { regionList } from "../db/list-columns";
import { Forbidden, Unauthenticated } from "../errors";
import { auth } from "./auth";
import { assertSameOrigin } from "./origin";
import type { Permission } from "./permissions";
import { isRole, type Actor } from "./roles";

/** The actor of a request, or null when nobody is signed in. */
export async function currentActor(headers: Headers): Promise<Actor | null> {
  const session = await auth().api.getSession({ headers });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: unknown; regions?: unknown };
  const role = isRole(user.role) ? user.role : "practitioner";
  const regions = regionList.parse(String(user.regions ?? ""));
  return { id: user.id, email: user.email, name: user.name, role, regions };
}

/**
 * The one guard of every write route (and of the private read routes): refuses cross-site requests (403),
 * anonymous ones (401) and actors `permission` does not allow (403). Region and ownership checks follow in lib.
 */
export async function authorize(req: Request, permission: Permission): Promise<Actor> {
  assertSameOrigin(req);
  const actor = await currentActor(req.headers);
  if (!actor) throw new Unauthenticated();
  if (!permission(actor)) throw new Forbidden("Your role may not do this");
  return actor;
}
