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
});
