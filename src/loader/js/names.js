// The element's public names: its tag and the attributes it observes. tests/manifest.rs checks
// them against src/config/mod.rs's ATTRIBUTES, the Custom Elements Manifest, the TypeScript
// declarations and the README.
export const TAG = 'treatment-compare';

/** Every attribute the widget reads; changing one re-renders the widget. */
export const ATTRIBUTES = ['clinic-name', 'booking-url', 'contact-text', 'locale', 'languages', 'currency', 'not-offered', 'accent-color', 'remember', 'analytics', 'forward-params'];
