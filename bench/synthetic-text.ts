// Word lists for synthetic talk readouts, titles and notes. Real topic words ("railway",
// "scholarship", "durian") so that the list's text search finds a realistic share of pledges.
import type { Random } from "./random";

const SUBJECTS = ["The two sides", "China", "Vietnam", "Both parties", "The leaders", "The ministries"];
const VERBS = ["agreed to", "pledged to", "will strive to", "expressed willingness to", "committed to", "proposed to"];
const ACTIONS = ["expand", "accelerate", "strengthen", "upgrade", "deepen", "study", "open", "promote", "build", "resume"];
export const TOPICS = [
  "railway links", "standard-gauge railway", "scholarship programmes", "durian exports", "border gates",
  "customs clearance", "maritime consultations", "vaccine cooperation", "teacher training", "tourism flows",
  "party exchanges", "industrial parks", "green technology", "digital economy", "youth exchanges",
  "fisheries cooperation", "power interconnection", "smart border crossings", "rice trade", "cadre training",
];
const PLACES = ["Lào Cai", "Lạng Sơn", "Hà Khẩu", "Guangxi", "Yunnan", "Hanoi", "Beijing", "Hải Phòng", "Móng Cái", "Nanning"];
const ENDINGS = ["within the next five years", "as soon as possible", "by the end of the plan period", "step by step", "in a mutually beneficial manner", "at an early date"];
const PUBLISHERS = ["Xinhua", "VnExpress", "VOV", "Nhân Dân", "CGTN", "Vietnam News Agency", "Global Times", "Tuổi Trẻ"];

export function sentence(random: Random): string {
  return `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(ACTIONS)} ${random.pick(TOPICS)} ` +
    `between ${random.pick(PLACES)} and ${random.pick(PLACES)} ${random.pick(ENDINGS)}.`;
}

export function title(random: Random): string {
  const action = random.pick(ACTIONS);
  return `${action[0]!.toUpperCase()}${action.slice(1)} ${random.pick(TOPICS)} via ${random.pick(PLACES)}`;
}

export function publisher(random: Random): string {
  return random.pick(PUBLISHERS);
}

export function place(random: Random): string {
  return random.pick(PLACES);
}
