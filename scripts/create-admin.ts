// Creates an administrator account. The password is asked for (not echoed) or read from stdin; there is
// no default account and no default password anywhere.
// Usage: npm run admin:create -- --email you@example.org [--name "Your Name"]
//        printf '%s\n' "$PASSWORD" | npm run admin:create -- --email you@example.org
import readline from "node:readline";
import { Writable } from "node:stream";
import { createUser } from "../lib/auth/accounts";
import { db } from "../lib/db/client";
import { databaseLocation, isPostgresqlUrl } from "../lib/db/engine";
import { migrateDatabase } from "../lib/db/migrate-database";
import { NewUserSchema } from "../lib/validation/admin";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** One line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

async function readStdinLine(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0] ?? "";
}

async function main() {
  const email = option("email");
  if (!email) throw new Error("usage: npm run admin:create -- --email you@example.org [--name \"Your Name\"]");
  let password: string;
  if (process.stdin.isTTY) {
    password = await askHidden("Password (at least 10 characters; a phrase of several unrelated words): ");
    if ((await askHidden("Again: ")) !== password) throw new Error("The passwords differ");
  } else {
    password = await readStdinLine();
  }
  const parsed = NewUserSchema.safeParse({ email, name: option("name") ?? email, password, role: "admin" });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
  await migrateDatabase();
  const { id } = await createUser(db(), parsed.data);
  console.log(`administrator ${parsed.data.email} created (${id}) in ${isPostgresqlUrl(databaseLocation()) ? "the PostgreSQL database" : databaseLocation()}`);
  await db().$disconnect();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
