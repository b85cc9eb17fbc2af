import { describe, expect, it, vi } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { GET as regions } from "@/app/api/v1/regions/route";
import { db } from "@/lib/db/client";
import { updateEntry } from "@/lib/directory/write";
import { repository } from "@/lib/queries/repository";

useScratchDatabase("region-counts");

const countsOf = async (iso: string) => {
  const body = await (await regions(new Request("http://localhost/api/v1/regions"))).json();
  return body.items.find((r: { iso: string }) => r.iso === iso).counts;
};

describe("region counts", () => {
  it("are counted once per state of the directory, and again after an edit through the one writer", async () => {
    const counted = vi.spyOn(repository(db()), "regionCounts");
    const before = await countsOf("KZ-10");
    expect(await countsOf("KZ-10")).toEqual(before);
    expect(counted).toHaveBeenCalledTimes(1);

    const notary = await db().entry.findFirstOrThrow({ where: { kind: "notary", regionIso: "KZ-10", status: "active" } });
    await db().$transaction((tx) => updateEntry(tx, { id: null, name: "counts test" }, notary.id, { status: "closed" }, { action: "close" }));
    const after = await countsOf("KZ-10");
    expect(after).toEqual({ ...before, notary: before.notary - 1 });
    expect(counted).toHaveBeenCalledTimes(2);
    counted.mockRestore();
  });
});
