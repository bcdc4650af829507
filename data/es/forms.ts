/**
 * How Spanish-speaking families write the glossary's terms (issue #29), keyed by entry id: the
 * content script highlights them like the English forms (they go into virtual:term-index), and the
 * glossary search finds entries by them. Written in the short syntax of data/form-syntax.ts:
 * "(x)" optional, "{a|b}" one of the choices. "=" before a form: only that letter case matches
 * (abbreviations such as LLA, which the all-capitals guard then checks).
 *
 * Accents: a form with an accent also matches without it ("remision", "medula osea"), never the
 * other way (lib/matcher/pattern.ts). The usage is NCI's Diccionario de cáncer and PDQ en español
 * ("leucemia linfoblástica aguda (LLA)", "cromosoma Filadelfia", "inhibidor de la tirosina
 * cinasa", "enfermedad residual mínima", "síndrome de liberación de citocinas"), plus the regional
 * forms families write ("quinasa", "Philadelphia", "conteo", "transplante").
 *
 * Words that name a term only in some company ("remisión de la deuda", "terapia dirigida por una
 * psicóloga", "médula espinal") are guarded in lib/matcher/guards.ts; bare "Filadelfia" (the
 * city), "médula", "dirigida" and "proteína cinasa" are no form at all. The trap page
 * tests/e2e/fixtures/es-traps.html holds them.
 */
import type { SurfaceForm } from '../types';

const forms = (...texts: string[]): SurfaceForm[] =>
  texts.map((t) => (t.startsWith('=') ? { text: t.slice(1), caseSensitive: true } : { text: t }));

export const SPANISH_FORMS: Readonly<Record<string, readonly SurfaceForm[]>> = {
  'acute-lymphocytic-leukemia': forms(
    'leucemia {linfoblástica|linfocítica|linfoide} aguda',
    'leucemia aguda {linfoblástica|linfocítica|linfoide}',
    '=LLA',
  ),
  'ph-positive-all': forms('=LLA {Ph+|Ph positiva|Filadelfia positiva}'),
  'b-cell-all': forms('=LLA {|de células |de precursores }B'),
  'philadelphia-chromosome': forms(
    'cromosoma (de ){Filadelfia|Philadelphia}',
    '=cromosoma Ph',
    '{Filadelfia|Philadelphia} {positiv|negativ}{o|a}',
  ),
  'targeted-therapy': forms('terapia(s) dirigida', 'tratamiento(s) dirigido'),
  chemotherapy: forms('quimioterapia', 'quimio'),
  immunotherapy: forms('inmunoterapia'),
  'monoclonal-antibody': forms('anticuerpo monoclonal', 'anticuerpos monoclonales'),
  'antibody-drug-conjugate': forms(
    'conjugado(s) {anticuerpo-fármaco|de anticuerpo y {fármaco|medicamento}}',
  ),
  remission: forms('remisi{ón|ones}'),
  'tyrosine-kinase-inhibitor': forms(
    'inhibidor(es) de (la )tirosin{a |a|| }{cinasa|quinasa|kinasa}',
    '={ITC|ITK}',
  ),
  imatinib: forms('mesilato de imatinib'),
  'inotuzumab-ozogamicin': forms('inotuzumab ozogamicina'),
  'brexucabtagene-autoleucel': forms('brexucabtagén( autoleucel)'),
  edema: forms('hinchaz{ón|ones}'),
  'low-blood-counts': forms('{recuento|conteo}(s) sanguíneo(s) bajo'),
  'low-platelet-count': forms(
    '{recuento|conteo}(s) bajo(s) de plaquetas',
    'plaquetas bajas',
    '{trombocito|plaqueto}penia',
  ),
  'low-red-blood-cell-count': forms(
    '{recuento|conteo}(s) bajo(s) de glóbulos rojos',
    'glóbulos rojos bajos',
  ),
  'low-white-blood-cell-count': forms(
    '{recuento|conteo}(s) bajo(s) de {glóbulos blancos|neutrófilos}',
    'glóbulos blancos bajos',
    'leucopenia',
  ),
  'infusion-reaction': forms(
    'reacci{ón|ones} {a la infusión|relacionada(s) con la infusión|infusional(es)}',
  ),
  'veno-occlusive-disease': forms(
    'enfermedad veno(-)oclusiva( hepática)',
    'síndrome de obstrucción sinusoidal',
  ),
  // Bare "recaída" is the relapse on a leukemia page (its other senses, "recaída en el alcohol",
  // are guarded in lib/matcher/guards.ts); "refractaria" needs its noun.
  'relapsed-refractory': forms(
    '{recidivante|en recaída} o {resistente|refractaria}',
    '{leucemia|enfermedad} {recidivante|refractaria|en recaída}',
    '=LLA {recidivante|refractaria|en recaída}',
    'recaída(s)',
  ),
  'minimal-residual-disease': forms(
    'enfermedad {residual mínima|mínima residual|residual medible}',
    '={ERM|EMR}',
  ),
  // MedlinePlus writes "prolongación de QT"; NCI "prolongación del intervalo QT".
  // Patient leaflets use the verb: "puede alargar el QT", "prolonga el intervalo QT".
  'qt-prolongation': forms(
    '={p|P}rolongación {de|del} (intervalo ){QT|QTc}',
    '=(intervalo )QT prolongado',
    '={alarga|prolonga}{|n|r} el (intervalo ){QT|QTc}',
    '={a|A}largamiento {de|del} (intervalo ){QT|QTc}',
  ),
  'pleural-effusion': forms('derrame pleural', 'derrames pleurales'),
  'cytokine-release-syndrome': forms('síndrome de liberación de {citocinas|citoquinas}', '=SLC'),
  // After "células" or "terapia" the letter case of "CAR T" tells nothing: "celulas car-t".
  'car-t-cell-therapy': forms(
    '{terapia|{terapia {de|con} |}células|linfocitos} CAR T',
    'receptor de antígeno quimérico',
  ),
  icans: forms(
    '(síndrome de )neurotoxicidad asociad{o|a} a células {efectoras inmun{itarias|es}|inmun{itarias|es} efectoras}',
  ),
  'bone-marrow': forms('médula ósea'),
  blast: forms('blasto', 'linfoblasto', 'célula(s) blástica', 'blasto(s) leucémico'),
  lymphocyte: forms('linfocito'),
  'b-cell': forms('={célula|células|linfocito|linfocitos} B'),
  't-cell': forms('={célula|células|linfocito|linfocitos} T'),
  'stem-cell-transplant': forms(
    'tra(n)splante(s)( {alogénico|autólogo}(s)) de {células madre( hematopoyéticas)|médula( ósea)|progenitores hematopoyéticos}',
    // Spain's TPH (progenitores hematopoyéticos), the Americas' TCMH and TMO (médula ósea).
    '={TPH|TCMH|TMO}',
  ),
};
