// A process for tests/resilience/ratings-kill.test.ts to kill -9: rates one court through the ratings
// writer over and over (a few browsers, so most ratings replace an earlier one; every third with a
// comment), printing "ack <id>" for each rating once its transaction has committed.
import fs from "node:fs";
import { createDb } from "../../lib/db/client";
import { CRITERION_CODES } from "../../lib/ratings/criteria";
import { rateCourt } from "../../lib/ratings/rate";

const say = (line: string) => fs.writeSync(1, `${line}\n`);

async function main() {
  const [courtId, tokenPrefix = "kill"] = process.argv.slice(2) as [string, string?];
  const db = createDb();
  say("begin");
  for (let i = 0; i < 100_000; i++) {
    const criterion = CRITERION_CODES[i % CRITERION_CODES.length]!;
    const rater = { browserToken: `${tokenPrefix}-${i % 3}`, clientKey: "203.0.113.99" };
    const input = { criterion, score: (i % 5) + 1, good: [], bad: [], ...(i % 3 === 0 ? { comment: `comment ${i}` } : {}) };
    const { id } = await rateCourt(db, courtId, input, rater);
    say(`ack ${id}`);
  }
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
