import { describe, expect, it } from "vitest";
import { inSeqOrder, markerFields, type MarkerRow } from "@/lib/queries/shared/marker-fields";

const row = (id: string, kind: string, sample: MarkerRow["sample"], seq = 0): MarkerRow =>
  ({ id, seq, kind, courtKind: kind === "court" ? "district" : null, nameKk: null, nameRu: id, nameEn: null, regionIso: "KZ-75", locality: null, sample, lat: 43, lng: 77, languages: "[\"ru\"]", specialisations: "[]" }) as unknown as MarkerRow;

describe("markerFields", () => {
  it("reads the sample flag as either engine gives it (1/0, 1n/0n, true/false)", () => {
    const out = markerFields([row("a", "notary", 1), row("b", "notary", 0), row("c", "notary", 1n), row("d", "notary", 0n), row("e", "notary", true), row("f", "notary", false)], true);
    expect(out.map((m) => [m.id, m.sample])).toEqual([["a", true], ["b", false], ["c", true], ["d", false], ["e", true], ["f", false]]);
  });

  it("parses the list columns", () => {
    const [m] = markerFields([row("a", "advocate", 0)], true);
    expect(m!.languages).toEqual(["ru"]);
    expect(m!.specialisations).toEqual([]);
  });

  it("without text, groups by kind in the kinds' order and keeps seq order within a kind; ranked by text, keeps the rank", () => {
    const rows = [row("n1", "notary", 1), row("c1", "court", 0), row("a1", "advocate", 1), row("c2", "court", 0), row("n2", "notary", 1)];
    expect(markerFields(rows, false).map((m) => m.id)).toEqual(["c1", "c2", "a1", "n1", "n2"]);
    expect(markerFields(rows, true).map((m) => m.id)).toEqual(["n1", "c1", "a1", "c2", "n2"]);
  });
});

describe("inSeqOrder", () => {
  it("orders rows as the seqs are listed and leaves out unknown seqs", () => {
    const rows = [{ seq: 1, v: "a" }, { seq: 2, v: "b" }, { seq: 3, v: "c" }];
    expect(inSeqOrder(rows, [3, 9, 1]).map((r) => r.v)).toEqual(["c", "a"]);
    expect(inSeqOrder(rows, [])).toEqual([]);
  });
});
