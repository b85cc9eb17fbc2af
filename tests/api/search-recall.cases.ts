/**
 * The search quality set (issue 11): what a person types, and what must be in the first ten answers.
 * Courts are named by their ids in data/courts/courts-located.csv (real, official names); the fictional
 * sample practitioners by what makes them the answer (kind and locality), since any of them there will do;
 * places by their id in the place index (lib/places).
 */
export type QueryClass = "Kazakh" | "Russian" | "Latin" | "typo" | "adjective" | "phone / licence" | "place";

export type Expected =
  | { entries: string[] } // every one of these entries in the top 10
  | { anyEntry: { kind: string; locality: string } } // at least one such entry in the top 10
  | { places: string[] }; // every one of these places in /api/v1/places' top 10

export interface RecallCase {
  class: QueryClass;
  q: string;
  /** A kind filter, as the home page's kind buttons send it. */
  kind?: string;
  expect: Expected;
}

const KARAGANDA_OBLAST = "sudkz-r11-cff851f3";
const EAST_KZ_OBLAST = "sudkz-r8-ea49bd45";
const WEST_KZ_OBLAST = "sudkz-r10-7222d55e";
const ZHAMBYL_OBLAST = "sudkz-r9-851e15d5";
const KOSTANAY_OBLAST = "sudkz-r12-7ce766c0";
const KYZYLORDA_OBLAST = "sudkz-r13-c57e904a";
const AKTOBE_OBLAST = "sudkz-r5-097a6083";
const ATYRAU_OBLAST = "sudkz-r7-e5116aa0";
const AKMOLA_OBLAST = "sudkz-r4-d2b08995";
const ASTANA_CITY = "sudkz-r2-fbb1af95";
const ALMATY_CITY = "sudkz-r3-a4f1028c";
const SHYMKENT_CITY = "sudkz-r19-6b84aa92";
const UKG_CIVIL = "sudkz-r8-458ce535";
const URALSK_CITY = "sudkz-r10-a3c7155b";
const TARAZ_CITY = "sudkz-r9-2028f9c0";
const TEMIRTAU_CITY = "sudkz-r11-28fad8f3";
const ATYRAU_CITY = "sudkz-r7-7bf391e4";
const KOSTANAY_CITY = "sudkz-r12-9b027736";
const KYZYLORDA_CITY = "sudkz-r13-29ae36a5";
const KOKSHETAU_CITY = "sudkz-r4-5e5bc206";
const BALKHASH_CITY = "sudkz-r11-ea057dc5";
const RUDNY_CITY = "sudkz-r12-733c3b31";
const ARALSK = "sudkz-r13-50739a8c";
const ZHITIKARA = "sudkz-r12-2e314f9c";

const courts = (...entries: string[]): Expected => ({ entries });
const advocateIn = (locality: string): Expected => ({ anyEntry: { kind: "advocate", locality } });
const notaryIn = (locality: string): Expected => ({ anyEntry: { kind: "notary", locality } });

export const RECALL_CASES: RecallCase[] = [
  // Kazakh names of places find their courts and practitioners
  { class: "Kazakh", q: "Қарағанды", kind: "court", expect: courts(KARAGANDA_OBLAST) },
  { class: "Kazakh", q: "Өскемен", kind: "court", expect: courts(EAST_KZ_OBLAST, UKG_CIVIL) },
  { class: "Kazakh", q: "Орал", kind: "court", expect: courts(WEST_KZ_OBLAST, URALSK_CITY) },
  { class: "Kazakh", q: "Орал", kind: "advocate", expect: advocateIn("Oral") },
  { class: "Kazakh", q: "Семей", kind: "advocate", expect: advocateIn("Semey") },
  { class: "Kazakh", q: "Ақтөбе", kind: "court", expect: courts(AKTOBE_OBLAST) },
  { class: "Kazakh", q: "Қостанай", kind: "court", expect: courts(KOSTANAY_OBLAST, KOSTANAY_CITY) },
  { class: "Kazakh", q: "Қызылорда", kind: "court", expect: courts(KYZYLORDA_OBLAST, KYZYLORDA_CITY) },
  { class: "Kazakh", q: "Көкшетау", kind: "court", expect: courts(KOKSHETAU_CITY) },
  { class: "Kazakh", q: "Теміртау", kind: "court", expect: courts(TEMIRTAU_CITY) },
  { class: "Kazakh", q: "Балқаш", kind: "court", expect: courts(BALKHASH_CITY) },
  { class: "Kazakh", q: "Қарағанды", kind: "advocate", expect: advocateIn("Karagandy") },
  { class: "Kazakh", q: "Өскемен", kind: "notary", expect: notaryIn("Ust-Kamenogorsk") },

  // Russian names
  { class: "Russian", q: "Караганда", kind: "court", expect: courts(KARAGANDA_OBLAST) },
  { class: "Russian", q: "Караганда", kind: "advocate", expect: advocateIn("Karagandy") },
  { class: "Russian", q: "Уральск", kind: "advocate", expect: advocateIn("Oral") },
  { class: "Russian", q: "Уральск", kind: "court", expect: courts(WEST_KZ_OBLAST, URALSK_CITY) },
  { class: "Russian", q: "Семей", kind: "advocate", expect: advocateIn("Semey") },
  { class: "Russian", q: "Семипалатинск", kind: "advocate", expect: advocateIn("Semey") },
  { class: "Russian", q: "Усть-Каменогорск", kind: "court", expect: courts(EAST_KZ_OBLAST, UKG_CIVIL) },
  { class: "Russian", q: "Усть-Каменогорск", kind: "advocate", expect: advocateIn("Ust-Kamenogorsk") },
  { class: "Russian", q: "Тараз", kind: "court", expect: courts(ZHAMBYL_OBLAST, TARAZ_CITY) },
  { class: "Russian", q: "Атырау", kind: "court", expect: courts(ATYRAU_OBLAST, ATYRAU_CITY) },
  { class: "Russian", q: "Актобе", kind: "advocate", expect: advocateIn("Aktobe") },
  { class: "Russian", q: "Астана", kind: "court", expect: courts(ASTANA_CITY) },
  { class: "Russian", q: "Алматы", kind: "court", expect: { anyEntry: { kind: "court", locality: "Алматы" } } },
  { class: "Russian", q: "Алматы городской", kind: "court", expect: courts(ALMATY_CITY) },
  { class: "Russian", q: "Шымкент", kind: "court", expect: courts(SHYMKENT_CITY) },
  { class: "Russian", q: "Рудный", kind: "court", expect: courts(RUDNY_CITY) },
  { class: "Russian", q: "Аральск", kind: "court", expect: courts(ARALSK) },
  { class: "Russian", q: "Житикара", kind: "court", expect: courts(ZHITIKARA) },

  // Latin spellings, official and as people type them
  { class: "Latin", q: "Karaganda", kind: "court", expect: courts(KARAGANDA_OBLAST) },
  { class: "Latin", q: "Qaraghandy", kind: "court", expect: courts(KARAGANDA_OBLAST) },
  { class: "Latin", q: "Karagandy", kind: "advocate", expect: advocateIn("Karagandy") },
  { class: "Latin", q: "Oskemen", kind: "court", expect: courts(EAST_KZ_OBLAST, UKG_CIVIL) },
  { class: "Latin", q: "Ust-Kamenogorsk", kind: "court", expect: courts(EAST_KZ_OBLAST) },
  { class: "Latin", q: "Oral", kind: "court", expect: courts(WEST_KZ_OBLAST, URALSK_CITY) },
  { class: "Latin", q: "Uralsk", kind: "advocate", expect: advocateIn("Oral") },
  { class: "Latin", q: "Semey", kind: "advocate", expect: advocateIn("Semey") },
  { class: "Latin", q: "Semei", kind: "advocate", expect: advocateIn("Semey") },
  { class: "Latin", q: "Taraz", kind: "court", expect: courts(ZHAMBYL_OBLAST, TARAZ_CITY) },
  { class: "Latin", q: "Aqtobe", kind: "court", expect: courts(AKTOBE_OBLAST) },
  { class: "Latin", q: "Qostanay", kind: "court", expect: courts(KOSTANAY_OBLAST, KOSTANAY_CITY) },
  { class: "Latin", q: "Qyzylorda", kind: "court", expect: courts(KYZYLORDA_OBLAST) },
  { class: "Latin", q: "Kokshetau", kind: "court", expect: courts(KOKSHETAU_CITY) },
  { class: "Latin", q: "Nur-Sultan", kind: "court", expect: courts(ASTANA_CITY) },
  { class: "Latin", q: "Alma-Ata", kind: "court", expect: courts(ALMATY_CITY) },
  { class: "Latin", q: "Chimkent", kind: "court", expect: courts(SHYMKENT_CITY) },

  // Typos: one edit in 5–8 letters, two from 9
  { class: "typo", q: "Алмата", kind: "court", expect: courts(ALMATY_CITY) },
  { class: "typo", q: "Караганды", kind: "court", expect: courts(KARAGANDA_OBLAST) },
  { class: "typo", q: "Шымкнет", kind: "court", expect: courts(SHYMKENT_CITY) },
  { class: "typo", q: "Костаной", kind: "court", expect: courts(KOSTANAY_CITY) },
  { class: "typo", q: "Уральк", kind: "court", expect: courts(URALSK_CITY) },
  { class: "typo", q: "Темиртуа", kind: "court", expect: courts(TEMIRTAU_CITY) },
  { class: "typo", q: "Кызылорад", kind: "court", expect: courts(KYZYLORDA_CITY) },
  { class: "typo", q: "Petropavlovks", kind: "court", expect: { anyEntry: { kind: "court", locality: "Петропавловск" } } },
  { class: "typo", q: "Karaganady", kind: "court", expect: courts(KARAGANDA_OBLAST) },
  { class: "typo", q: "Oskemn", kind: "court", expect: courts(EAST_KZ_OBLAST) },
  { class: "typo", q: "Aktobee", kind: "advocate", expect: advocateIn("Aktobe") },

  // Courts named by an adjective of their place, found by the place's name
  { class: "adjective", q: "Карагандинский", kind: "court", expect: courts(KARAGANDA_OBLAST) },
  { class: "adjective", q: "Таразский", kind: "court", expect: courts(TARAZ_CITY) },
  { class: "adjective", q: "Акмолинский", kind: "court", expect: courts(AKMOLA_OBLAST) },
  { class: "adjective", q: "Уральский", kind: "court", expect: courts(URALSK_CITY) },
  { class: "adjective", q: "Балхашский", kind: "court", expect: courts(BALKHASH_CITY) },
  { class: "adjective", q: "Таразский городской", kind: "court", expect: courts(TARAZ_CITY) },
  { class: "adjective", q: "Тараз городской", kind: "court", expect: courts(TARAZ_CITY) },
  { class: "adjective", q: "Темиртау городской", kind: "court", expect: courts(TEMIRTAU_CITY) },
  { class: "adjective", q: "Өскемен областной", kind: "court", expect: courts(EAST_KZ_OBLAST) },
  { class: "adjective", q: "Oral oblast", kind: "court", expect: courts(WEST_KZ_OBLAST) },
  { class: "adjective", q: "Караганда областной", kind: "court", expect: courts(KARAGANDA_OBLAST) },
  { class: "adjective", q: "Костанай городской", kind: "court", expect: courts(KOSTANAY_CITY) },

  // Phones as typed and licence numbers (the fictional samples': +7 700 000 …, SAMPLE-A-…)
  { class: "phone / licence", q: "+77000000000", expect: { entries: ["sample-advocate-00001"] } },
  { class: "phone / licence", q: "+7 700 000 00 00", expect: { entries: ["sample-advocate-00001"] } },
  { class: "phone / licence", q: "8 (700) 000-00-00", expect: { entries: ["sample-advocate-00001"] } },
  { class: "phone / licence", q: "700 000 00 01", expect: { entries: ["sample-advocate-00002"] } },
  { class: "phone / licence", q: "+7 (700) 000-60-00", expect: { entries: ["sample-notary-00001"] } },
  { class: "phone / licence", q: "SAMPLE-A-00012", expect: { entries: ["sample-advocate-00012"] } },
  { class: "phone / licence", q: "sample a 00012", expect: { entries: ["sample-advocate-00012"] } },
  { class: "phone / licence", q: "SAMPLE-N-00007", expect: { entries: ["sample-notary-00007"] } },

  // Places, in /api/v1/places
  { class: "place", q: "Отырар", expect: { places: ["district:614800000"] } },
  { class: "place", q: "Отрарский", expect: { places: ["district:614800000"] } },
  { class: "place", q: "Otrar", expect: { places: ["district:614800000"] } },
  { class: "place", q: "Shaulder", expect: { places: ["settlement:shaulder"] } },
  { class: "place", q: "Өскемен", expect: { places: ["district:631000000"] } },
  { class: "place", q: "Усть-Каменогорск", expect: { places: ["district:631000000"] } },
  { class: "place", q: "Oskemen", expect: { places: ["district:631000000"] } },
  { class: "place", q: "Орал", expect: { places: ["district:271000000"] } },
  { class: "place", q: "Уральск", expect: { places: ["district:271000000"] } },
  { class: "place", q: "Семипалатинск", expect: { places: ["district:101000000"] } },
  { class: "place", q: "Караганда", expect: { places: ["district:351000000", "region:KZ-35"] } },
  { class: "place", q: "Qaraghandy", expect: { places: ["district:351000000", "region:KZ-35"] } },
  { class: "place", q: "Алмата", expect: { places: ["region:KZ-75"] } },
  { class: "place", q: "Шымкнт", expect: { places: ["region:KZ-79"] } },
  { class: "place", q: "Nur-Sultan", expect: { places: ["region:KZ-71"] } },
  { class: "place", q: "Каменогорск", expect: { places: ["district:631000000"] } },
  { class: "place", q: "Талдыкорган", expect: { places: ["district:331000000"] } },
];
