import fs from "node:fs/promises";
import path from "node:path";
import type { AbstractIntlMessages } from "next-intl";

const cache = new Map<string, Promise<AbstractIntlMessages>>();

/**
 * A locale's messages: every messages/<locale>/<namespace>.json, each under its file name as the
 * namespace, so a feature adds its own file without touching anyone else's.
 */
export function loadMessages(locale: string): Promise<AbstractIntlMessages> {
  const dev = process.env.NODE_ENV === "development";
  let messages = dev ? undefined : cache.get(locale);
  if (!messages) {
    messages = readMessages(locale);
    cache.set(locale, messages);
  }
  return messages;
}

async function readMessages(locale: string): Promise<AbstractIntlMessages> {
  const dir = path.join(process.cwd(), "messages", locale);
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith(".json")).sort();
  const entries = await Promise.all(
    files.map(async (f) => [path.basename(f, ".json"), JSON.parse(await fs.readFile(path.join(dir, f), "utf8")) as AbstractIntlMessages] as const),
  );
  return Object.fromEntries(entries);
}
