/**
 * An instructor's 20-term course glossary as a CSV file, and the bytes Excel writes for it with
 * "CSV (Comma delimited)": Windows-1252, no byte order mark (#28). Test data only: the text is
 * written for the tests, not reviewed content. Its curly quotes, apostrophes, dashes, "é" and "®"
 * are the characters that come out garbled when such a file is read as UTF-8.
 */
const SOURCE = 'Course notes – week 3,https://example.org/nursing/week-3,2026-09-01';

const ROWS: readonly (readonly [string, string, string, string, string])[] = [
  [
    'Central venous catheter (CVC)',
    'central venous catheter|CVC',
    'treatment',
    'A thin tube put into a large vein near the heart.',
    'It lets the team give drugs and take blood without new needle sticks.',
  ],
  [
    'Peripherally inserted central catheter (PICC)',
    'peripherally inserted central catheter|PICC',
    'treatment',
    'A central line put in through a vein in the arm.',
    'It can stay in for weeks. Keep the dressing dry.',
  ],
  [
    'Hickman® line',
    'Hickman line|Hickman® line',
    'treatment',
    'A central line that comes out of the skin on the chest.',
    'It is tunnelled under the skin, which keeps germs away from the vein.',
  ],
  [
    'Implanted port',
    'implanted port|port-a-cath',
    'treatment',
    'A small disc under the skin of the chest, joined to a vein. It isn’t seen from outside.',
    'A special needle goes through the skin into the port; nothing shows when it isn’t in use.',
  ],
  [
    'Lumbar puncture',
    'lumbar puncture|spinal tap',
    'treatment',
    'A test that takes a little fluid from around the spinal cord.',
    'A needle goes between two bones of the lower back. The fluid is checked for leukemia cells.',
  ],
  [
    'Intrathecal',
    'intrathecal',
    'treatment',
    'Given into the fluid around the brain and spinal cord.',
    'Some drugs are given this way because most drugs in the blood don’t reach that fluid.',
  ],
  [
    'Tumor lysis syndrome (TLS)',
    'tumor lysis syndrome|TLS',
    'side-effect',
    'A problem that can happen when many cancer cells die at once.',
    'Their contents flood the blood and can harm the kidneys. Drinking fluids and blood tests help.',
  ],
  [
    'Mucositis',
    'mucositis',
    'side-effect',
    'Sore, red or broken skin inside the mouth or gut.',
    'Gentle mouth care helps. Tell the team if eating or drinking hurts.',
  ],
  [
    'Neutropenic precautions',
    'neutropenic precautions',
    'treatment',
    'Steps that keep germs away from someone with few white cells.',
    'Hand washing comes first; the care team says which other steps apply.',
  ],
  [
    'Blood transfusion',
    'blood transfusion|red cell transfusion',
    'treatment',
    'Getting red blood cells from a donor through a vein.',
    'It is given when red cell counts are too low.',
  ],
  [
    'Platelet transfusion',
    'platelet transfusion',
    'treatment',
    'Getting platelets from a donor through a vein.',
    'It helps when platelet counts are low and there is bleeding or a risk of it.',
  ],
  [
    'Hand hygiene',
    'hand hygiene|hand washing',
    'treatment',
    'Cleaning hands with soap and water or an alcohol rub: the “first line” of infection control.',
    'It matters before and after every contact with a patient.',
  ],
  [
    'Allopurinol',
    'allopurinol',
    'drug',
    'A pill that lowers uric acid in the blood.',
    'It is used to help prevent tumor lysis syndrome.',
  ],
  [
    'Rasburicase',
    'rasburicase',
    'drug',
    'A drug given in a vein that breaks down uric acid.',
    'It works faster than allopurinol when uric acid is already high.',
  ],
  [
    'Ondansetron',
    'ondansetron',
    'drug',
    'A drug that helps prevent nausea and throwing up.',
    'It is often given before chemotherapy sessions.',
  ],
  [
    'Antiemetic',
    'antiemetic|anti-nausea drug',
    'treatment',
    'Any drug that helps prevent nausea and throwing up.',
    'Patients may get more than one kind.',
  ],
  [
    'Pancytopenia',
    'pancytopenia',
    'side-effect',
    'Low counts of red cells, white cells and platelets at the same time.',
    'It can cause tiredness, infections and bleeding.',
  ],
  [
    'Petechiae',
    'petechiae',
    'side-effect',
    'Tiny red or purple dots on the skin from bleeding under it.',
    'They can be a sign of a low platelet count — report them.',
  ],
  [
    'Neutrophil',
    'neutrophil',
    'body',
    'The most common kind of white blood cell.',
    'Neutrophils are the body’s first defense against bacteria.',
  ],
  [
    'Café-au-lait macule',
    'café-au-lait macule',
    'body',
    'A flat, light-brown patch of skin.',
    'A few are common; many can point to a condition the team may check.',
  ],
];

const csvField = (text: string): string =>
  /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

/** The course as Excel shows it: header plus 20 rows, CRLF lines. */
export const COURSE_CSV = [
  'name,forms,category,summary,explanation,source_title,source_url,source_date',
  ...ROWS.map((row) => `${row.map(csvField).join(',')},${SOURCE}`),
].join('\r\n');

export const COURSE_TERM_NAMES: readonly string[] = ROWS.map((row) => row[0]);
export const COURSE_SUMMARIES: readonly string[] = ROWS.map((row) => row[3]);

/** Windows-1252's characters in 0x80-0x9F that this file uses; the rest is Latin-1 as is. */
const WINDOWS_1252: Record<string, number> = {
  '–': 0x96,
  '—': 0x97,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
};

/** The text's Windows-1252 bytes; throws on a character that code page lacks. */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (c) => {
    const code = WINDOWS_1252[c] ?? c.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && code <= 0x9f && !(c in WINDOWS_1252))) {
      throw new Error(`not in Windows-1252: ${c}`);
    }
    return code;
  });
}
