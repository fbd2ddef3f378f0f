/**
 * The sections a paper is cut into. Adding a section is a change to this list
 * (and, for the classifier, a lexicon): nothing else names sections.
 */

export interface Section {
  slug: string;
  name: { zh: string; en: string };
  description: string;
  /** IPTC Media Topic, for feeds' <category domain> and schema.org. */
  iptc: { code: string; uri: string } | null;
}

export const SECTIONS: readonly Section[] = [
  {
    slug: "politics",
    name: { zh: "时政", en: "Politics" },
    description: "Party, government, legislatures, leaders, law and order, and their notices and appointments.",
    iptc: { code: "medtop:11000000", uri: "http://cv.iptc.org/newscodes/mediatopic/11000000" },
  },
  {
    slug: "economy",
    name: { zh: "经济", en: "Economy" },
    description: "Industry, business, finance, trade, labour, innovation, public-resource trading, and farming written as text.",
    iptc: { code: "medtop:04000000", uri: "http://cv.iptc.org/newscodes/mediatopic/04000000" },
  },
  {
    slug: "agriculture-photos",
    name: { zh: "农业图片", en: "Agriculture photos" },
    description: "Photo stories about farming, harvests and the countryside.",
    iptc: { code: "medtop:20000210", uri: "http://cv.iptc.org/newscodes/mediatopic/20000210" },
  },
  {
    slug: "other",
    name: { zh: "其他", en: "Other" },
    description: "Everything that fits no other section: society, culture, sport, weather, civic campaigns, notices.",
    iptc: null,
  },
];

/** Where an article goes when no section's evidence is strong enough. */
export const FALLBACK_SECTION = "other";

export function findSection(slug: string): Section | undefined {
  return SECTIONS.find((s) => s.slug === slug);
}
