import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { Invalid } from "../errors";

// Passwords are judged by how guessable they are (zxcvbn: dictionaries, keyboard patterns, repeats, dates),
// not by composition rules: "aaaaaaaaaa", "password12" and "0123456789" fail, a long phrase passes.

export const MIN_SCORE = 3; // zxcvbn 0–4; 3 = "safely unguessable: moderate protection from offline attacks"

export const WEAK_PASSWORD_MESSAGE =
  "The password is too easy to guess. Use a longer phrase of several unrelated words, and not your e-mail or name.";

let factory: Promise<ZxcvbnFactory> | undefined;

/** The dictionaries are ~1.5 MB of JavaScript: loaded on the first check, once per process, never at start-up. */
function zxcvbn(): Promise<ZxcvbnFactory> {
  factory ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common"), import("@zxcvbn-ts/language-en")]).then(
    ([core, common, en]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
        maxLength: 64,
        l33tMaxSubstitutions: 8,
      }),
  );
  return factory;
}

/** The e-mail, its local part and the name, and their words: none may appear in the password. */
function personalWords(inputs: readonly (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const input of inputs) {
    const text = input?.trim().toLowerCase();
    if (!text) continue;
    words.add(text);
    const local = text.split("@")[0]!;
    words.add(local);
    // Stryker disable next-line Regex: splitting at each separator instead of each run only adds empty parts, which the length filter drops
    for (const part of local.split(/[^\p{L}\p{N}]+/u)) words.add(part);
  }
  return [...words].filter((w) => w.length >= 4);
}

export type PasswordVerdict = { ok: true } | { ok: false; code: "weak_password"; message: string };

/** `userInputs`: the account's e-mail and name, which an attacker knows and tries first. */
export async function judgePassword(password: string, userInputs: readonly (string | null | undefined)[]): Promise<PasswordVerdict> {
  const lower = password.toLowerCase();
  const weak = { ok: false, code: "weak_password", message: WEAK_PASSWORD_MESSAGE } as const;
  const words = personalWords(userInputs);
  if (words.some((w) => lower.includes(w))) return weak;
  const result = (await zxcvbn()).check(password, words);
  return result.score >= MIN_SCORE ? { ok: true } : weak;
}

/** For our own routes and scripts: a weak password is a 400 naming `field`. */
export async function assertStrongPassword(password: string, userInputs: readonly (string | null | undefined)[], field = "password"): Promise<void> {
  const verdict = await judgePassword(password, userInputs);
  if (!verdict.ok) throw new Invalid(field, `${field}: ${verdict.message}`, { code: verdict.code });
}
