import { describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { GET as publicEntry } from "@/app/api/v1/entries/[id]/route";
import { loadSeenFacts, readSeenFacts } from "@/lib/directory/load/seen-facts";
import { DATA_DIR } from "@/lib/directory/load";
import { db } from "@/lib/db/client";
import { send } from "./actors";

useScratchDatabase("seen-facts");

const entry = async (id: string) => (await send(publicEntry, "GET", `/api/v1/entries/${id}`, { params: { id } })).body;

describe("court facts seen on public pages (data/courts/seen)", () => {
  it("are on their courts after loading, each with its page, the page's date and whether it is verified", async () => {
    const astana = await entry("sudkz-r2-61cb306f");
    expect(astana.address).toBe("г. Астана, ул. Кенесары, 3");
    expect(astana.sources).toEqual([
      { field: "address", origin: "published", url: "https://globalnews.kz/sudy-obedinili-v-astane-i-shymkente/amp", publishedOn: "2023-05", recordedAt: expect.any(String), verified: true },
    ]);
    // A medium-confidence match is marked unverified.
    const karasai = await entry("sudkz-r6-af6078ec");
    expect(karasai.phones).toEqual([{ number: "+77277179902", purpose: "chancellery" }]);
    expect(karasai.emails).toEqual([{ address: "050224@sud.kz" }]);
    expect(karasai.sources.find((s: any) => s.field === "phones")).toMatchObject({ origin: "published", url: "https://stihi-dari.ru/telefon-karasayskiy-rayonnyy-sud-almatinskoy-oblasti", verified: false });
    const aktobe = await entry("sudkz-r5-097a6083");
    expect(aktobe.website).toBe("https://akt.sud.kz");
    // The informal English names are not loaded.
    expect((await entry("sudkz-r3-a1b078d5")).name.en).toBeUndefined();
  });

  it("loads every fact of the file onto a court, and a second load changes nothing", async () => {
    const facts = readSeenFacts(DATA_DIR);
    expect(facts.length).toBeGreaterThan(20);
    expect(await db().factSource.count({ where: { origin: "published" } })).toBe(facts.length);
    const revisions = await db().revision.count();
    const again = await loadSeenFacts(db(), DATA_DIR);
    expect(again).toEqual({ written: 0, unmatched: 0 });
    expect(await db().revision.count()).toBe(revisions);
    expect(await db().factSource.count({ where: { origin: "published" } })).toBe(facts.length);
  });

  it("leaves a field that someone has set since alone", async () => {
    await db().entry.update({ where: { id: "sudkz-r2-2cd62d83" }, data: { address: "г. Астана, набранный редактором адрес" } });
    await loadSeenFacts(db(), DATA_DIR);
    expect((await db().entry.findUniqueOrThrow({ where: { id: "sudkz-r2-2cd62d83" } })).address).toBe("г. Астана, набранный редактором адрес");
  });
});
