import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { ORIGIN, send, signedIn, type TestActor } from "./actors";
import { GET as courtRatingsRoute, POST as rate } from "@/app/api/v1/entries/[id]/ratings/route";
import { GET as table } from "@/app/api/v1/ratings/route";
import { GET as queue } from "@/app/api/v1/admin/rating-comments/route";
import { POST as approve } from "@/app/api/v1/admin/rating-comments/[id]/approve/route";
import { POST as reject } from "@/app/api/v1/admin/rating-comments/[id]/reject/route";
import { POST as reply } from "@/app/api/v1/admin/rating-comments/[id]/reply/route";
import { db } from "@/lib/db/client";
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/client-address";
import { newBrowserToken } from "@/lib/ratings/browser-token";
import { rateCourt } from "@/lib/ratings/rate";

useScratchDatabase("ratings");
// The production limit of the rating bucket (the suites' env leaves it unset): the 429 test counts against it.
delete process.env.RATE_LIMIT_RATING;

let courts: { id: string; regionIso: string | null }[] = [];
let notaryId = "";

beforeAll(async () => {
  courts = await db().entry.findMany({ where: { kind: "court", status: "active", regionIso: "KZ-19" }, select: { id: true, regionIso: true }, orderBy: { seq: "asc" }, take: 6 });
  notaryId = (await db().entry.findFirstOrThrow({ where: { kind: "notary" }, select: { id: true } })).id;
  expect(courts.length).toBe(6);
});

let clients = 0;
/** A fresh client address per call site, so the rate limit counts only where a test means it to. */
const freshClient = () => `198.51.100.${++clients}`;

interface Posted {
  status: number;
  body: any;
  setCookie: string | null;
}

async function post(id: string, body: unknown, options: { client?: string; cookie?: string; origin?: string } = {}): Promise<Posted> {
  const headers = new Headers({ "content-type": "application/json", origin: options.origin ?? ORIGIN, [CLIENT_ADDRESS_HEADER]: options.client ?? freshClient() });
  if (options.cookie) headers.set("cookie", options.cookie);
  const res = await rate(new Request(`${ORIGIN}/api/v1/entries/${encodeURIComponent(id)}/ratings`, { method: "POST", headers, body: JSON.stringify(body) }), { params: Promise.resolve({ id }) });
  return { status: res.status, body: await res.json(), setCookie: res.headers.get("set-cookie") };
}

const aggregates = async (id: string, query = "") => {
  const res = await courtRatingsRoute(new Request(`${ORIGIN}/api/v1/entries/${id}/ratings${query}`), { params: Promise.resolve({ id }) });
  return { status: res.status, body: await res.json() };
};
const criterionOf = (body: any, criterion: string) => body.criteria.find((c: { criterion: string }) => c.criterion === criterion);
const cookieOf = (setCookie: string) => setCookie.split(";")[0]!;

describe("rating a court", () => {
  it("counts at once and issues a signed HttpOnly SameSite=Lax cookie (not Secure over plain HTTP)", async () => {
    const court = courts[0]!.id;
    const before = criterionOf((await aggregates(court)).body, "personnel").count;
    const res = await post(court, { criterion: "personnel", score: 4, good: ["politeness"], bad: ["competence"] });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(Number), replaced: false, commentStatus: null });
    expect(res.setCookie).toMatch(/^courts_rating_token=[\w-]+\.[\w-]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
    const after = criterionOf((await aggregates(court)).body, "personnel");
    expect(after.count).toBe(before + 1);
    expect(after.distribution[3]).toBeGreaterThanOrEqual(1);
    expect(after.trend.at(-1).month).toBe(new Date().toISOString().slice(0, 7));
  });

  it("a second rating from the same browser replaces the first; a forged cookie is a new browser", async () => {
    const court = courts[1]!.id;
    const first = await post(court, { criterion: "comfort", score: 1 });
    const cookie = cookieOf(first.setCookie!);
    const second = await post(court, { criterion: "comfort", score: 5 }, { cookie });
    expect(second).toMatchObject({ status: 201, body: { replaced: true }, setCookie: null });
    expect(criterionOf((await aggregates(court)).body, "comfort")).toMatchObject({ count: 1, mean: 5, distribution: [0, 0, 0, 0, 1] });
    const forged = await post(court, { criterion: "comfort", score: 3 }, { cookie: cookie.replace(/.$/, (c) => (c === "A" ? "B" : "A")) });
    expect(forged.body.replaced).toBe(false);
    expect(forged.setCookie).not.toBeNull();
    expect(criterionOf((await aggregates(court)).body, "comfort").count).toBe(2);
  });

  it("over https the cookie is Secure", async () => {
    const court = courts[0]!.id;
    const headers = { "content-type": "application/json", origin: "https://localhost", [CLIENT_ADDRESS_HEADER]: freshClient() };
    const res = await rate(new Request("https://localhost/api/v1/entries/x/ratings", { method: "POST", headers, body: JSON.stringify({ criterion: "service", score: 3 }) }), { params: Promise.resolve({ id: court }) });
    expect(res.status).toBe(201);
    expect(res.headers.get("set-cookie")).toMatch(/; Secure$/);
  });

  it("refuses a cross-site request (403)", async () => {
    expect((await post(courts[0]!.id, { criterion: "service", score: 3 }, { origin: "https://elsewhere.example" })).status).toBe(403);
  });
});

describe("the 30-day replacement rule (clock passed in)", () => {
  it("replaces within 30 days, adds after them, and keeps criteria and courts apart", async () => {
    const court = courts[2]!.id;
    const rater = { browserToken: newBrowserToken(), clientKey: "203.0.113.9" };
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 12));
    const base = criterionOf((await aggregates(court)).body, "procedures").count;
    expect((await rateCourt(db(), court, { criterion: "procedures", score: 2, good: [], bad: ["timely_acts"] }, rater, day(0))).replaced).toBe(false);
    const within = await rateCourt(db(), court, { criterion: "procedures", score: 4, good: [], bad: [] }, rater, day(29));
    expect(within.replaced).toBe(true);
    expect(criterionOf((await aggregates(court)).body, "procedures").count).toBe(base + 1);
    // Another criterion, or another court, is another rating.
    await rateCourt(db(), court, { criterion: "service", score: 4, good: [], bad: [] }, rater, day(29));
    expect((await rateCourt(db(), courts[3]!.id, { criterion: "procedures", score: 4, good: [], bad: [] }, rater, day(29))).replaced).toBe(false);
    // 31 days after the current one: a new period, so it counts beside it.
    const later = await rateCourt(db(), court, { criterion: "procedures", score: 5, good: [], bad: [] }, rater, day(60));
    expect(later.replaced).toBe(false);
    const procedures = criterionOf((await aggregates(court)).body, "procedures");
    expect(procedures.count).toBe(base + 2);
    expect(procedures.trend.filter((m: { month: string }) => m.month === "2026-01" || m.month === "2026-03")).toEqual([
      { month: "2026-01", count: 1, mean: 4 },
      { month: "2026-03", count: 1, mean: 5 },
    ]);
  });
});

describe("bad input is a 400 naming the field", () => {
  const cases: [string, unknown, string][] = [
    ["score 0", { criterion: "comfort", score: 0 }, "score"],
    ["score 6", { criterion: "comfort", score: 6 }, "score"],
    ["score 3.5", { criterion: "comfort", score: 3.5 }, "score"],
    ["an unknown criterion", { criterion: "parking", score: 3 }, "criterion"],
    ["an item of another criterion", { criterion: "comfort", score: 3, good: ["politeness"] }, "good"],
    ["an item both good and bad", { criterion: "comfort", score: 3, good: ["heating"], bad: ["heating"] }, "bad"],
    ["a comment over 1 000 characters", { criterion: "comfort", score: 3, comment: "x".repeat(1001) }, "comment"],
    ["an unknown field", { criterion: "comfort", score: 3, name: "me" }, "body"],
  ];
  it.each(cases)("%s", async (_, body, field) => {
    const res = await post(courts[0]!.id, body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_parameter", field });
  });

  it("a non-court entry", async () => {
    const res = await post(notaryId, { criterion: "comfort", score: 3 });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_parameter", field: "id" });
    expect((await aggregates(notaryId)).status).toBe(400);
  });

  it("an unknown entry is a 404, an unknown parameter a 400", async () => {
    expect((await post("no-such-court", { criterion: "comfort", score: 3 })).status).toBe(404);
    expect((await aggregates(courts[0]!.id, "?page=2")).body.error.field).toBe("page");
  });
});

describe("rate limit", () => {
  it("one client gets 20 ratings in 10 minutes, then 429 with Retry-After; another client goes on", async () => {
    const client = "198.51.100.250";
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await post(courts[4]!.id, { criterion: "service", score: (i % 5) + 1 }, { client })).status);
    expect(statuses).toEqual([...Array(20).fill(201), 429]);
    const refused = await post(courts[4]!.id, { criterion: "service", score: 3 }, { client });
    expect(refused.body.error.code).toBe("rate_limited");
    expect((await post(courts[4]!.id, { criterion: "service", score: 3 }, { client: "198.51.100.251" })).status).toBe(201);
  });
});

describe("comments", () => {
  let editor: TestActor;
  let outsider: TestActor;
  beforeAll(async () => {
    editor = await signedIn("editor", ["KZ-19"]);
    outsider = await signedIn("editor", ["KZ-75"]);
  });

  it("are hidden until an editor approves them; rejected ones stay hidden; the court may answer", async () => {
    const court = courts[5]!.id;
    const text = "Очередь в канцелярии была короткой, спасибо.";
    const posted = await post(court, { criterion: "service", score: 5, comment: `  ${text} ` });
    expect(posted.body.commentStatus).toBe("pending");
    const bad = await post(court, { criterion: "personnel", score: 1, comment: "Судья Иванов И. И., дело № 123" });
    expect((await aggregates(court)).body.comments.items).toEqual([]);

    const pending = await send(queue, "GET", "/api/v1/admin/rating-comments?status=pending&limit=200", { as: editor });
    expect(pending.status).toBe(200);
    const mine = pending.body.items.filter((c: { entryId: string }) => c.entryId === court);
    expect(mine.map((c: { text: string }) => c.text)).toEqual([text, "Судья Иванов И. И., дело № 123"]);
    const [good, personal] = mine as { id: number }[];
    expect(posted.body.id).toBeLessThan(bad.body.id);

    expect((await send(approve, "POST", "/x", { as: outsider, params: { id: String(good!.id) } })).status).toBe(403);
    expect((await send(approve, "POST", "/x", { as: null, params: { id: String(good!.id) } })).status).toBe(401);
    expect((await send(approve, "POST", "/x", { as: editor, params: { id: String(good!.id) } })).status).toBe(200);
    expect((await send(approve, "POST", "/x", { as: editor, params: { id: String(good!.id) } })).status).toBe(409);
    expect((await send(reject, "POST", "/x", { as: editor, params: { id: String(personal!.id) }, body: {} })).body.error.field).toBe("reason");
    const rejected = await send(reject, "POST", "/x", { as: editor, params: { id: String(personal!.id) }, body: { reason: "Personal data and case details" } });
    expect(rejected.body).toMatchObject({ status: "rejected", reason: "Personal data and case details" });

    let shown = (await aggregates(court)).body.comments;
    expect(shown.items).toEqual([expect.objectContaining({ id: good!.id, text, criterion: "service", score: 5, reply: null })]);
    expect(JSON.stringify(shown)).not.toContain(editor.email);

    expect((await send(reply, "POST", "/x", { as: editor, params: { id: String(personal!.id) }, body: { text: "—" } })).status).toBe(409);
    expect((await send(reply, "POST", "/x", { as: editor, params: { id: String(good!.id) }, body: { text: "Спасибо за отзыв!" } })).status).toBe(200);
    shown = (await aggregates(court)).body.comments;
    expect(shown.items[0].reply).toMatchObject({ text: "Спасибо за отзыв!" });
    expect(JSON.stringify(shown)).not.toContain(editor.email);
  });

  it("the outsider's queue holds no comment of another region's court", async () => {
    const theirs = await send(queue, "GET", "/api/v1/admin/rating-comments?status=pending", { as: outsider });
    expect(theirs.body.items.filter((c: { regionIso: string }) => c.regionIso !== "KZ-75")).toEqual([]);
    expect((await send(approve, "POST", "/x", { as: editor, params: { id: "not-a-number" } })).status).toBe(404);
  });
});

describe("the ranking and the open data", () => {
  // A fixed set of ratings on the comfort criterion of one region's courts: [court index, scores].
  const FIXED: [number, number[]][] = [
    [0, [5, 5, 5]], // too few to be ranked
    [1, [5, 5, 5, 5, 4, 4]],
    [2, [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]],
    [3, [1, 2, 1, 5, 3, 2]],
    [4, [5, 5, 5, 5, 5, 5]],
    [5, [3, 3, 3, 3, 3, 3, 3]],
  ];
  // Written out here, not imported: the Bayesian average with prior 3 counted 10 times, ranked from 5 ratings.
  const expected = (ids: string[]) => {
    const scored = FIXED.map(([i, scores]) => ({ id: ids[i]!, n: scores.length, score: (10 * 3 + scores.reduce((a, b) => a + b, 0)) / (10 + scores.length) }));
    const ranked = scored.filter((s) => s.n >= 5).sort((a, b) => b.score - a.score);
    return [...ranked.map((s) => s.id), ...scored.filter((s) => s.n < 5).map((s) => s.id)];
  };

  let ids: string[] = [];
  beforeAll(async () => {
    ids = (await db().entry.findMany({ where: { kind: "court", status: "active", regionIso: "KZ-79" }, select: { id: true }, orderBy: { seq: "asc" }, take: 6 })).map((e) => e.id);
    for (const [i, scores] of FIXED) {
      for (const score of scores) await rateCourt(db(), ids[i]!, { criterion: "comfort", score, good: [], bad: [] }, { browserToken: newBrowserToken(), clientKey: "203.0.113.77" });
    }
    // Other criteria do not move the comfort table.
    await rateCourt(db(), ids[0]!, { criterion: "service", score: 1, good: [], bad: [] }, { browserToken: newBrowserToken(), clientKey: "203.0.113.77" });
  });

  const get = async (query: string) => {
    const res = await table(new Request(`${ORIGIN}/api/v1/ratings${query}`));
    return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
  };

  it("ranks by the Bayesian average, the courts with too few ratings last and unranked", async () => {
    const res = JSON.parse((await get("?region=KZ-79&criterion=comfort")).text);
    expect(res.items.map((r: { entryId: string }) => r.entryId)).toEqual(expected(ids));
    expect(res.items.map((r: { rank: number | null }) => r.rank)).toEqual([1, 2, 3, 4, 5, null]);
    const mixed = res.items.find((r: { entryId: string }) => r.entryId === ids[3]);
    expect(mixed).toMatchObject({ count: 6, distribution: [2, 2, 1, 0, 1], negativeShare: 4 / 6, mean: 14 / 6 });
    expect(res.ranking).toEqual({ method: "bayesian-average", priorMean: 3, priorWeight: 10, minCount: 5 });
  });

  it("pages the table and refuses bad parameters by name", async () => {
    const first = JSON.parse((await get("?region=KZ-79&criterion=comfort&limit=2")).text);
    const second = JSON.parse((await get(`?region=KZ-79&criterion=comfort&limit=2&cursor=${first.nextCursor}`)).text);
    expect([...first.items, ...second.items].map((r: { entryId: string }) => r.entryId)).toEqual(expected(ids).slice(0, 4));
    for (const [query, field] of [["?criterion=parking", "criterion"], ["?region=KZ-00", "region"], ["?limit=501", "limit"], ["?format=xml", "format"], ["?sort=x", "sort"]]) {
      const res = await get(query!);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text).error.field).toBe(field);
    }
  });

  it("as CSV: the same rows, and never a token, hash or comment", async () => {
    const csv = await get("?region=KZ-79&criterion=comfort&format=csv");
    expect(csv.type).toMatch(/^text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe("rank,entryId,nameKk,nameRu,nameEn,regionIso,courtKind,criterion,count,mean,score,negativeShare,n1,n2,n3,n4,n5,sample");
    expect(lines.slice(1).map((l) => l.split(",")[1])).toEqual(expected(ids));
    const all = (await get("?format=csv")).text + (await get("")).text + JSON.stringify((await aggregates(ids[0]!)).body);
    expect(all).not.toMatch(/token|hash|clientHash|198\.51\.100|203\.0\.113/i);
  });
});
