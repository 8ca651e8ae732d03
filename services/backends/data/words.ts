// Word lists the generators draw from, kept as strings so the file stays small.
const words = (text: string): readonly string[] => Object.freeze(text.trim().split(/\s+/));
const sentences = (text: string): readonly string[] => Object.freeze(text.trim().split(/\s*\|\s*/));

export const FIRST_NAMES = words(
  'Ada Alan Barbara Carlos Dana Elif Farah Grace Hiro Ines Jonas Kemal Lena Mateo Nadia Omar ' +
    'Priya Quinn Rosa Sven Tariq Uma Vera Wei Xenia Yusuf Zoe',
);

export const LAST_NAMES = words(
  'Lovelace Turing Liskov Santos Kim Yilmaz Haddad Hopper Tanaka Moreau Berg Demir Fischer ' +
    'Rossi Petrova Nasser Iyer Walsh Garcia Larsen Aziz Okafor Novak Chen Ivanova Celik Brown',
);

/** A dozen categories; SearchProducts filters on them exactly. */
export const CATEGORIES = words(
  'books electronics garden grocery health home kitchen music office outdoors sports toys',
);

export const ADJECTIVES = words(
  'Compact Classic Deluxe Everyday Featherweight Heavy-Duty Modern Portable Rugged Smart ' +
    'Sturdy Vintage',
);

export const MATERIALS = words('Bamboo Canvas Ceramic Cotton Glass Leather Linen Oak Steel Wool');

export const NOUNS = sentences(
  'Backpack | Blender | Bottle | Chair | Desk Lamp | Headphones | Kettle | Notebook | Planter | ' +
    'Speaker | Tent | Watch | Yoga Mat | Puzzle | Skillet',
);

export const INTERNAL_NOTES = sentences(
  'Chargeback filed 2025-03; resolved in customer favour. | Escalation contact for enterprise ' +
    'account. | Manual identity check passed. | Requested deletion of marketing data. | ' +
    'Flagged by fraud model, cleared after review. | No notes.',
);

export const REVIEW_OPENINGS = sentences(
  'Exactly what I needed. | Better than expected. | Does the job. | Not great, not terrible. | ' +
    'Disappointed with the quality. | Would buy again. | Arrived quickly. | Feels cheap.',
);

export const REVIEW_DETAILS = sentences(
  'The finish is lovely. | Instructions were unclear. | Works well after a month of use. | ' +
    'Smaller than the photos suggest. | Great value for the price. | Packaging was damaged.',
);
