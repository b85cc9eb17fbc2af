import { describe, expect, it } from "vitest";
import { judgePassword } from "@/lib/auth/password-policy";

const person = ["aigerim.nurlanova@example.org", "Aigerim Nurlanova"];

describe("password policy by strength (zxcvbn, common + English dictionaries)", () => {
  it.each([
    ["aaaaaaaaaa"],
    ["password12"],
    ["0123456789"],
    ["          "],
    ["qwertyuiop"],
    ["P@ssw0rd2024!"],
    ["aigerim.nurlanova@example.org"],
    ["nurlanova-1990!"],
    ["Aigerim Nurlanova"],
  ])("refuses %j with the machine code weak_password", async (password) => {
    expect(await judgePassword(password, person)).toMatchObject({ ok: false, code: "weak_password" });
  });

  it.each([["correct horse battery staple"], ["Kazakh steppe 1991 winds"], ["x7#Kp2!qLm9@zR4$wN8^vB3"]])("accepts %j", async (password) => {
    expect(await judgePassword(password, person)).toEqual({ ok: true });
  });

  it("judges the e-mail and name as personal: a password that is fine for one person is weak for another", async () => {
    const password = "steppe-wind-aigerim";
    expect((await judgePassword(password, ["someone@example.org", "Dana Sarsen"])).ok).toBe(true);
    expect((await judgePassword(password, person)).ok).toBe(false);
  });

  it("a password of exactly the least score passes (zxcvbn scores \"blue lantern\" 3 of 4)", async () => {
    expect(await judgePassword("blue lantern", ["someone@example.org", "Dana Sarsen"])).toEqual({ ok: true });
  });

  it.each([
    ["the e-mail's local part", "granite sarsendana steppe 47", ["sarsendana@example.org", "Someone"]],
    ["a word of the local part", "granite aigerim steppe 47", ["sarsen.aigerim_k@example.org", "Someone"]],
    ["a word of the name", "granite sarsen steppe 47", ["someone@example.org", "Dana  Sarsen"]],
    ["a word of four letters", "granite dana steppe 47", ["someone@example.org", "Dana Li"]],
  ])("refuses a strong phrase that holds %s", async (_, password, inputs) => {
    expect(await judgePassword(password, inputs)).toMatchObject({ ok: false, code: "weak_password" });
  });

  it("words shorter than four letters are not personal: a name of three letters may appear", async () => {
    expect(await judgePassword("granite ali steppe 47", ["someone@example.org", "Ali Li"])).toEqual({ ok: true });
  });

  it("knows the dictionaries: common words and names with digits are weak however long", async () => {
    for (const password of ["sunshine2024", "dragonmaster", "princess1987", "baseballsoccer"]) {
      expect(await judgePassword(password, ["someone@example.org", "Someone"]), password).toMatchObject({ ok: false });
    }
  });
});
