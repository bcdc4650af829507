// Generated from the glossary by wxt.config.ts (data/term-index-build.ts). Do not edit.
import { decodeTermIndex, type TermIndexEntry } from './term-index-build';

/** [id, category, surface forms]; "=" marks a form that must match its letter case. */
export const TERM_INDEX: readonly TermIndexEntry[] = decodeTermIndex([
  ["acute-lymphocytic-leukemia","disease",["acute lymphocytic leukemia","acute lymphoblastic leukemia","acute lymphoid leukemia","acute lymphocytic leukaemia","acute lymphoblastic leukaemia","acute lymphoid leukaemia","=ALL"]],
  ["ph-positive-all","disease",["=Ph+ ALL","=Ph+ALL","=Ph-positive ALL","=Philadelphia chromosome-positive ALL","=Philadelphia-positive ALL","Philadelphia chromosome-positive acute lymphocytic leukemia","Philadelphia chromosome-positive acute lymphoblastic leukemia","Philadelphia chromosome-positive acute lymphoblastic leukaemia"]],
  ["b-cell-all","disease",["=B-cell ALL","=B-ALL","=B-cell precursor ALL","B-cell acute lymphoblastic leukemia","B-cell acute lymphocytic leukemia","B-cell precursor acute lymphoblastic leukemia"]],
  ["philadelphia-chromosome","gene",["Philadelphia chromosome","=Ph chromosome","=Ph+","=Ph-positive","Philadelphia chromosome-positive","Philadelphia-positive","=Ph-negative","Philadelphia chromosome-negative","Philadelphia-negative"]],
  ["bcr-abl","gene",["BCR-ABL","BCR-ABL1","BCR::ABL1","BCR::ABL","BCR/ABL","BCR/ABL1"]],
  ["targeted-therapy","treatment",["targeted therapy","targeted drug","targeted cancer therapy","targeted treatment"]],
  ["chemotherapy","treatment",["chemotherapy","chemo"]],
  ["immunotherapy","treatment",["immunotherapy"]],
  ["monoclonal-antibody","treatment",["monoclonal antibody"]],
  ["antibody-drug-conjugate","treatment",["antibody-drug conjugate"]],
  ["remission","disease",["remission"]],
  ["tyrosine-kinase-inhibitor","treatment",["tyrosine kinase inhibitor","=TKI"]],
  ["imatinib","drug",["imatinib","imatinib mesylate","Gleevec","Glivec"]],
  ["dasatinib","drug",["dasatinib","Sprycel"]],
  ["nilotinib","drug",["nilotinib","Tasigna"]],
  ["ponatinib","drug",["ponatinib","Iclusig"]],
  ["bosutinib","drug",["bosutinib","Bosulif"]],
  ["blinatumomab","drug",["blinatumomab","Blincyto"]],
  ["inotuzumab-ozogamicin","drug",["inotuzumab ozogamicin","inotuzumab","Besponsa"]],
  ["edema","side-effect",["edema","oedema","periorbital edema","periorbital oedema","peripheral edema","peripheral oedema","swelling around the eyes or in the hands or feet","swelling around the eyes","swelling in the hands or feet","swelling of the hands and feet","swelling of hands and feet","swelling of the feet and hands"]],
  ["low-blood-counts","side-effect",["lower red blood cell and platelet count","low red blood cell and platelet count","low blood count","lower blood count","low blood cell count"]],
  ["low-platelet-count","side-effect",["low platelet count","lower platelet count","low platelets","thrombocytopenia"]],
  ["low-red-blood-cell-count","side-effect",["low red blood cell count","lower red blood cell count","low red cell count","anemia","anaemia"]],
  ["low-white-blood-cell-count","side-effect",["low white blood cell count","low white cell count","leukopenia","leucopenia","neutropenia"]],
  ["infusion-reaction","side-effect",["infusion reaction","infusion-related reaction"]],
  ["veno-occlusive-disease","side-effect",["veno-occlusive disease","hepatic veno-occlusive disease","sinusoidal obstruction syndrome"]],
]);
