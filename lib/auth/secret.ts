import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "../db/path";

/**
 * The key better-auth signs cookies with: BETTER_AUTH_SECRET, else a random one created on first use and
 * kept next to the database (mode 0600), so there is never a default secret and sessions survive restarts.
 */
export function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.join(path.dirname(databasePath()), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      // Stryker disable next-line StringLiteral: "wx" differs from "w" only when another process creates the file between the read above and this write
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      // Stryker disable next-line MethodExpression: reached only in that race, which a test cannot stage without timing
      return fs.readFileSync(file, "utf8").trim(); // another process created it first
    }
  }
}
