// Correct use of the package's declarations: tests/e2e/package.test.mjs type-checks this file with
// `tsc --noEmit --strict` against the installed package and expects no error.
import 'treatment-compare';
import type { BookingDetail, TreatmentCompareConfig, TreatmentCompareElement, TreatmentId, Verdict } from 'treatment-compare';

const config: TreatmentCompareConfig = {
  treatments: {
    microneedling: { price: { from: 250, to: 600, per: 'session' } },
    peel_superficial: { price: { from: 120, to: 250 } },
    filler: { price: null },
    neuromodulator: {},
  },
  text: {
    en: { 'results.treatments.microneedling': 'Collagen induction therapy' },
    fr: { 'language.name': 'Français', 'language.dir': 'ltr', 'results.weeks.few': '{n} semaines' },
  },
};

const element: TreatmentCompareElement = document.createElement('treatment-compare');
element.setAttribute('clinic-name', 'Glow Clinic');
const script = document.createElement('script');
script.type = 'application/json';
script.textContent = JSON.stringify(config);
element.append(script);
document.body.append(element);

element.addEventListener('tc-ready', (event) => {
  const version: string = event.detail.version;
  const offered: TreatmentId[] = event.detail.treatments;
  console.log(version, offered, event.detail.currency, event.detail.locale);
});

element.addEventListener('tc-completed', (event) => {
  const best: TreatmentId | null = event.detail.recommended;
  for (const family of event.detail.ranking) {
    const score: number = family.score;
    const verdict: Verdict = family.verdict;
    console.log(best, family.family, family.treatment, score, verdict, family.offered);
  }
  const plan: TreatmentId[] = event.detail.plan;
  console.log(plan, event.detail.candidacy.map((c) => c.verdict));
});

// The events bubble out of the shadow root: typed on the document and the window too.
document.addEventListener('tc-booking-requested', (event) => {
  event.preventDefault();
  const detail: BookingDetail = event.detail;
  const url: string | null = detail.url;
  const severities = detail.summary.concerns?.map((c) => `${c.concern}: ${c.severity}`) ?? [];
  console.log(url, detail.treatment, detail.summary.compared, detail.summary.skin_type, severities);
});

window.addEventListener('tc-error', (event) => console.error(event.detail.field, event.detail.message));

const found = document.querySelector('treatment-compare');
found?.addEventListener('tc-error', (event) => event.detail.message.toUpperCase());
