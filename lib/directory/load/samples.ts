import { emailList, languageList, phoneList, specialisationList } from "../../db/list-columns";
import { readSettlements, type Settlement } from "../../places/gazetteer";
import { transliterate } from "../../search/transliterate";
import type { PractitionerKind, Specialisation } from "../kinds";
import type { SourceEntry } from "./upsert";

/**
 * FICTIONAL advocates, notaries and mediators for demonstrations and benchmarks. Deterministic (fixed
 * seed), spread over the gazetteer's settlements roughly by population, with example.org e-mails and
 * +7 700 000 … numbers that are visibly not real. Every one has sample: true and an id starting "sample-".
 */

export const SAMPLE_COUNTS: Record<PractitionerKind, number> = { advocate: 6000, notary: 1500, mediator: 1500 };
const SEED = 20261125;


/** mulberry32: a small, fast PRNG that gives the same sequence for the same seed on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ["Ахметов", "Сейтказин", "Нурланов", "Жумабеков", "Касымов", "Оспанов", "Мукашев", "Есенов", "Байжанов", "Утебаев", "Ибраев", "Сарсенов", "Тулегенов", "Абдрахманов", "Кенжебаев", "Омаров", "Исмаилов", "Бекмуратов", "Алимжанов", "Жаксылыков", "Иванов", "Петров", "Смирнов", "Ким", "Ли", "Шевченко", "Попов", "Волков"];
const MALE = ["Нурлан", "Ерлан", "Марат", "Серик", "Бауыржан", "Дмитрий", "Алексей", "Данияр", "Арман", "Тимур", "Ержан", "Асхат"];
const FEMALE = ["Асель", "Жанар", "Айгуль", "Мадина", "Динара", "Гульнара", "Сауле", "Наталья", "Елена", "Ольга", "Алия", "Карлыгаш"];
const FATHERS = ["Нурлан", "Ерлан", "Серик", "Болат", "Марат", "Александр", "Ермек", "Кайрат"];
const LANGUAGE_SETS = [["kk", "ru"], ["ru"], ["kk", "ru", "en"], ["kk"], ["ru", "en"]];
/** The areas each kind of sample may practise in (fictional, like the rest of a sample). */
const SPECIALISATIONS_OF: Record<PractitionerKind, Specialisation[]> = {
  advocate: ["criminal", "civil", "family", "labour", "business", "administrative", "land", "inheritance"],
  notary: ["inheritance", "family", "business", "land"],
  mediator: ["family", "labour", "business", "civil"],
};
const KIND_LABEL: Record<PractitionerKind, string> = { advocate: "A", notary: "N", mediator: "M" };

function fictionalName(rand: () => number): string {
  const female = rand() < 0.5;
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const surname = pick(SURNAMES);
  const family = female && /(ов|ев|ин)$/.test(surname) ? `${surname}а` : surname;
  const father = pick(FATHERS);
  const patronymic = female ? `${father}${father.endsWith("й") ? "евна" : "овна"}` : `${father}${father.endsWith("й") ? "евич" : "ович"}`;
  return `${family} ${pick(female ? FEMALE : MALE)} ${patronymic}`;
}

/** Picks settlements with probability proportional to population (unknown population counts as 2 000). */
function settlementPicker(settlements: Settlement[], rand: () => number): () => Settlement {
  const weights = settlements.map((s) => Math.max(s.population ?? 2000, 1000));
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return settlements[lo]!;
  };
}

/**
 * One to three areas, from a generator of the sample's own (its kind and number), so adding them left every
 * other field of every sample as it was.
 */
function sampleSpecialisations(kind: PractitionerKind, i: number): Specialisation[] {
  const rand = prng(SEED + i * 31 + kind.length);
  const choices = SPECIALISATIONS_OF[kind];
  const count = 1 + Math.floor(rand() * 3);
  const picked = new Set<Specialisation>();
  while (picked.size < count) picked.add(choices[Math.floor(rand() * choices.length)]!);
  return choices.filter((c) => picked.has(c));
}

export function generateSamples(dataDir: string, districtKatoBySourceId: Map<string, string>, counts = SAMPLE_COUNTS): SourceEntry[] {
  const settlements = readSettlements(dataDir).filter((s) => s.region_iso !== null);
  const rand = prng(SEED);
  const pickSettlement = settlementPicker(settlements, rand);
  const out: SourceEntry[] = [];
  let phoneSerial = 0;
  for (const kind of Object.keys(counts) as PractitionerKind[]) {
    for (let i = 1; i <= counts[kind]; i++) {
      const place = pickSettlement();
      const name = fictionalName(rand);
      // Offices spread around the settlement point: a few hundred metres in a village, a few km in a city.
      const radiusKm = 0.3 + Math.min(6, Math.sqrt((place.population ?? 2000) / 20000)) * rand();
      const angle = rand() * 2 * Math.PI;
      const lat = place.lat + (radiusKm / 111.2) * Math.sin(angle);
      const lng = place.lon + (radiusKm / (111.2 * Math.cos((place.lat * Math.PI) / 180))) * Math.cos(angle);
      const serial = String(phoneSerial++ % 10000).padStart(4, "0");
      const number = `+7700000${serial}`;
      const id = `sample-${kind}-${String(i).padStart(5, "0")}`;
      const latinSurname = transliterate(name.split(" ")[0]!.toLowerCase());
      out.push({
        id,
        kind,
        nameRu: name,
        nameKk: name,
        nameEn: name
          .split(" ")
          .map((w) => {
            const t = transliterate(w.toLowerCase());
            return t.charAt(0).toUpperCase() + t.slice(1);
          })
          .join(" "),
        regionIso: place.region_iso,
        districtKato: place.district_source_id ? (districtKatoBySourceId.get(place.district_source_id) ?? null) : null,
        locality: place.name,
        address: `${place.name}, sample address ${1 + Math.floor(rand() * 200)}`,
        phones: phoneList.serialize([{ number, purpose: "reception" }]),
        emails: emailList.serialize([{ address: `${latinSurname}.${KIND_LABEL[kind].toLowerCase()}${i}@example.org` }]),
        openingHours: rand() < 0.7 ? "Mo-Fr 09:00-18:00" : "Mo-Sa 10:00-19:00",
        licenceNumber: `SAMPLE-${KIND_LABEL[kind]}-${String(i).padStart(5, "0")}`,
        languages: languageList.serialize(LANGUAGE_SETS[Math.floor(rand() * LANGUAGE_SETS.length)]!),
        specialisations: specialisationList.serialize(sampleSpecialisations(kind, i)),
        lat: Math.round(lat * 1e5) / 1e5,
        lng: Math.round(lng * 1e5) / 1e5,
        precision: "settlement",
        locationNote: "Fictional sample: the point is near the settlement, not a real office.",
        source: "sample: generated by Courts-GIS (fictional person, not a real practitioner)",
        sample: true,
      });
    }
  }
  return out;
}
