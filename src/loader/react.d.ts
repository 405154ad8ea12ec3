// <treatment-compare> in React 19's JSX: `import type {} from 'treatment-compare/react'` (or
// `"types": ["treatment-compare/react"]` in tsconfig.json) once in a React project. Needs
// @types/react 19; the main declarations (treatment-compare.d.ts) do not.
//
// React 19 passes a custom element's props as attributes (strings) and adds a listener for each
// prop named `on` + the event's name: `ontc-completed={(event) => ...}` listens to tc-completed.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { TreatmentCompareAttributes, TreatmentCompareElement, TreatmentCompareEventMap } from './treatment-compare.js';

/** `ontc-ready`, `ontc-completed`, `ontc-booking-requested`, `ontc-error`, with typed details. */
export type TreatmentCompareEventProps = {
  [K in keyof TreatmentCompareEventMap as `on${K}`]?: (event: TreatmentCompareEventMap[K]) => void;
};

/** The props of `<treatment-compare>` in JSX. */
export type TreatmentCompareProps = DetailedHTMLProps<HTMLAttributes<TreatmentCompareElement>, TreatmentCompareElement> &
  TreatmentCompareAttributes &
  TreatmentCompareEventProps;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'treatment-compare': TreatmentCompareProps;
    }
  }
}
