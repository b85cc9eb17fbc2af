// The four criteria of the Supreme Court's "Digital Agent" and their items, as its January 2020 report
// lists them (issue 13; items illegible in the source scan are left out). Codes only: the names people
// read are in messages/<locale>/ratings.json.

export const CRITERIA = {
  comfort: ["cleanliness", "air_conditioning", "heating", "toilet", "seating", "writing_place"],
  service: ["applications", "websites", "reception_schedule", "hearing_schedule", "documents_desk", "limited_mobility"],
  personnel: ["politeness", "competence", "complete_information", "readiness_to_help"],
  procedures: ["timely_scheduling", "timely_acts", "remote_hearing", "act_explanation"],
} as const;

export type Criterion = keyof typeof CRITERIA;
export type CriterionItem<C extends Criterion = Criterion> = (typeof CRITERIA)[C][number];

export const CRITERION_CODES = Object.keys(CRITERIA) as [Criterion, ...Criterion[]];
export const ITEM_CODES = [...new Set(Object.values(CRITERIA).flat())] as [CriterionItem, ...CriterionItem[]];

export const isItemOf = (criterion: Criterion, item: string): boolean => (CRITERIA[criterion] as readonly string[]).includes(item);

/** The lowest and highest score; 1–2 are the negative ratings the report counts. */
export const SCORES = [1, 2, 3, 4, 5] as const;
export const NEGATIVE_SCORES = [1, 2] as const;

/** One rating per court, criterion and browser in this many days: a later one replaces the earlier. */
export const REPLACEMENT_DAYS = 30;

/** Longest comment, reply and rejection reason. */
export const MAX_COMMENT_LENGTH = 1000;
