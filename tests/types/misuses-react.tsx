// Wrong use of <treatment-compare> in React 19's JSX: tests/e2e/package.test.mjs expects tsc to
// report exactly the error named at the end of each marked line, and no other.
import 'treatment-compare';
import type {} from 'treatment-compare/react';

export const remember = <treatment-compare remember="forever" />; // TS2322
export const notOffered = <treatment-compare not-offered="grey" />; // TS2322
export const detail = <treatment-compare ontc-completed={(event) => console.log(event.detail.recommendation)} />; // TS2339
export const handler = <treatment-compare ontc-ready={(event: CustomEvent<number>) => console.log(event.detail)} />; // TS2322
