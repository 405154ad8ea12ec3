// Wrong use of the package's declarations: tests/e2e/package.test.mjs expects tsc to report
// exactly the error named at the end of each marked line, and no other.
import 'treatment-compare';
import type { TreatmentCompareAttributes, TreatmentCompareConfig } from 'treatment-compare';

export const unknownTreatment: TreatmentCompareConfig = { treatments: { botox: {} } }; // TS2353
export const wrongUnit: TreatmentCompareConfig = { treatments: { filler: { price: { from: 1, to: 2, per: 'hour' } } } }; // TS2322
export const priceAsText: TreatmentCompareConfig = { treatments: { filler: { price: { from: '250', to: 600 } } } }; // TS2322
export const missingTo: TreatmentCompareConfig = { treatments: { filler: { price: { from: 1 } } } }; // TS2741
export const unknownTextKey: TreatmentCompareConfig = { text: { en: { 'questions.titel': 'Hello' } } }; // TS2353
export const wrongDirection: TreatmentCompareConfig = { text: { ar: { 'language.dir': 'up' } } }; // TS2322
export const wrongRemember: TreatmentCompareAttributes = { remember: 'forever' }; // TS2322
export const wrongNotOffered: TreatmentCompareAttributes = { 'not-offered': 'grey' }; // TS2322

const element = document.createElement('treatment-compare');
element.addEventListener('tc-completed', (event) => {
  console.log(event.detail.recommendation); // TS2339
  const score: string = event.detail.ranking[0].score; // TS2322
  console.log(score);
});
document.addEventListener('tc-ready', (event) => console.log(event.detail.answers)); // TS2339
document.addEventListener('tc-booking-requested', (event) => {
  const id: string = event.detail.treatment; // TS2322
  console.log(id, event.detail.summary.health); // TS2339
});
