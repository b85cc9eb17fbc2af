import { createHmac } from "node:crypto";
import { authSecret } from "../auth/secret";
import { requestClientKey } from "./client-address";

/**
 * What a request without an account is known by when stored (a visitor's correction): a keyed hash of the
 * key its rate limits count under (its address, or its IPv6 /64). Keyed with the server secret, so the
 * stored value cannot be turned back into an address by hashing every IPv4 address; the address itself is
 * never stored.
 */
export function clientHash(headers: Headers, secret: string = authSecret()): string {
  return createHmac("sha256", secret).update(`client:${requestClientKey(headers)}`).digest("base64url");
}
