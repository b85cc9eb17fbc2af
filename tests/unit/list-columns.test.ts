import { describe, expect, it } from "vitest";
import { EMPTY_LIST, phoneList, regionList } from "@/lib/db/list-columns";

describe("list columns", () => {
  it("reads back what it wrote", () => {
    const phones = [{ number: "+77012345678", purpose: "office" }, { number: "+77170000000" }];
    expect(phoneList.parse(phoneList.serialize(phones))).toEqual(phones);
    expect(regionList.serialize(["KZ-75", "KZ-71"])).toBe('["KZ-75","KZ-71"]');
    expect(EMPTY_LIST).toBe("[]");
  });

  it("reads text that is not a JSON list as an empty list instead of failing", () => {
    for (const text of ["", null, undefined, "not json", "{", '{"a":1}', "5", "null"]) expect(regionList.parse(text)).toEqual([]);
  });
});
